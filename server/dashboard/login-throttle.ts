export type ThrottleOptions = {
  /** Failures allowed inside `windowMs` before a key is locked out. */
  maxFailures?: number
  windowMs?: number
  /** The first lockout; each further failure doubles it, up to `maxLockMs`. */
  baseLockMs?: number
  maxLockMs?: number
  /** Bounds memory when an attacker rotates through many addresses. */
  maxKeys?: number
  now?: () => number
}

type Entry = { failures: number; lastFailure: number; lockedUntil: number }

/**
 * Counts failed sign-ins per key (a client address, an account) and locks a key out with an
 * exponentially growing wait after `maxFailures` failures within `windowMs`. A key forgets its
 * failures once it has been quiet for `windowMs` after its last failure or lockout.
 */
export class LoginThrottle {
  private readonly entries = new Map<string, Entry>()
  private readonly maxFailures: number
  private readonly windowMs: number
  private readonly baseLockMs: number
  private readonly maxLockMs: number
  private readonly maxKeys: number
  private readonly now: () => number

  constructor(options: ThrottleOptions = {}) {
    this.maxFailures = options.maxFailures ?? 5
    this.windowMs = options.windowMs ?? 15 * 60_000
    this.baseLockMs = options.baseLockMs ?? 60_000
    this.maxLockMs = options.maxLockMs ?? 60 * 60_000
    this.maxKeys = options.maxKeys ?? 100_000
    this.now = options.now ?? Date.now
  }

  /** Milliseconds until every one of `keys` may try again; 0 when none is locked out. */
  retryAfterMs(keys: readonly string[]): number {
    const now = this.now()
    let wait = 0
    for (const key of keys) {
      const entry = this.live(key, now)
      if (entry && entry.lockedUntil > now) wait = Math.max(wait, entry.lockedUntil - now)
    }
    return wait
  }

  /** Records one failure against every key; returns the failure count of the worst key. */
  recordFailure(keys: readonly string[]): number {
    const now = this.now()
    let worst = 0
    for (const key of keys) {
      const entry = this.live(key, now) ?? { failures: 0, lastFailure: now, lockedUntil: 0 }
      entry.failures += 1
      entry.lastFailure = now
      const over = entry.failures - this.maxFailures
      if (over >= 0) entry.lockedUntil = now + Math.min(this.maxLockMs, this.baseLockMs * 2 ** over)
      this.entries.delete(key) // re-insert: the map stays ordered by last failure
      this.entries.set(key, entry)
      worst = Math.max(worst, entry.failures)
    }
    this.evictOverflow(now)
    return worst
  }

  recordSuccess(keys: readonly string[]): void {
    for (const key of keys) this.entries.delete(key)
  }

  get size(): number {
    return this.entries.size
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry && now - Math.max(entry.lastFailure, entry.lockedUntil) > this.windowMs) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  /** Drops forgotten keys, then (only under a flood of addresses) the longest-quiet ones. */
  private evictOverflow(now: number): void {
    if (this.entries.size <= this.maxKeys) return
    for (const key of [...this.entries.keys()]) this.live(key, now)
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxKeys) break
      this.entries.delete(key)
    }
  }
}
