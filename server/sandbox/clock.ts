import type { Store } from './db'

const OFFSET_KEY = 'clock_offset_ms'

/** Simulated now = real now + a persisted offset, so tests can move time and restarts keep it. */
export class Clock {
  private offsetMs: number

  constructor(private readonly store: Store) {
    this.offsetMs = Number(store.getMeta(OFFSET_KEY) ?? 0)
  }

  now(): number {
    return Date.now() + this.offsetMs
  }

  get offset(): number {
    return this.offsetMs
  }

  setOffset(ms: number): void {
    this.offsetMs = ms
    this.store.setMeta(OFFSET_KEY, String(ms))
  }

  advance(ms: number): void {
    this.setOffset(this.offsetMs + ms)
  }

  setNow(now: number): void {
    this.setOffset(now - Date.now())
  }
}

export const iso = (ms: number) => new Date(ms).toISOString()
