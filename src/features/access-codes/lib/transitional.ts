import type { AccessCode } from '@/api/schemas/access-code'

/** An `unset` time-bound code starts being programmed this close to its `starts_at`. */
export const START_WINDOW_MS = 2 * 60_000

export const POLL_BASE_MS = 2_000
export const POLL_MAX_MS = 15_000
export const POLL_BACKOFF = 1.5

type Rule = Pick<AccessCode, 'status' | 'type' | 'starts_at' | 'ends_at'>

/** `[from, until)`: the times (ms) at which a code counts as transitional. */
export type WatchWindow = readonly [from: number, until: number]

const ALWAYS: WatchWindow = [-Infinity, Infinity]
const ms = (value: string | null | undefined) => (value ? Date.parse(value) : NaN)

function computeWatchWindow(code: Rule): WatchWindow | null {
  if (code.status === 'setting' || code.status === 'removing') return ALWAYS
  if (code.type !== 'time_bound') return null
  const startsAt = ms(code.starts_at)
  const endsAt = ms(code.ends_at)
  if (code.status === 'unset') {
    if (Number.isNaN(startsAt)) return null
    return [startsAt - START_WINDOW_MS, Number.isNaN(endsAt) ? Infinity : endsAt]
  }
  if (code.status === 'set' && !Number.isNaN(endsAt)) return [endsAt - START_WINDOW_MS, Infinity]
  return null
}

// Codes are immutable cache values, so each object's window is worked out (dates parsed) once.
const windows = new WeakMap<Rule, WatchWindow | null>()

/**
 * When a code may change on its own, so the poller should watch it (null: never, until a person
 * changes it):
 * - `setting` and `removing` are on their way to the lock (or off it): always;
 * - an `unset` time-bound code from {@link START_WINDOW_MS} before `starts_at` until `ends_at`:
 *   it is about to be set;
 * - a `set` time-bound code from the same window before `ends_at` on: it is about to be removed.
 * Everything else (`set`, `unknown`, ongoing) waits for a person and is not polled.
 */
export function watchWindow(code: Rule): WatchWindow | null {
  let window = windows.get(code)
  if (window === undefined) {
    window = computeWatchWindow(code)
    windows.set(code, window)
  }
  return window
}

/** Whether `now` falls inside `window`. */
export const inWindow = ([from, until]: WatchWindow, now: number) => from <= now && now < until

/** Whether the poller should watch `code` at `now` (see {@link watchWindow}). */
export function isTransitional(code: Rule, now: number): boolean {
  const window = watchWindow(code)
  return window !== null && inWindow(window, now)
}

/** The next poll interval: back to the base on any change, else ×1.5 up to the maximum. */
export function nextPollDelay(previousMs: number, changed: boolean): number {
  if (changed) return POLL_BASE_MS
  return Math.min(Math.round(previousMs * POLL_BACKOFF), POLL_MAX_MS)
}

/** The delay after `failures` consecutive failed polls (honouring the server's Retry-After). */
export function failureDelay(failures: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(retryAfterMs, POLL_BASE_MS), 60_000)
  return Math.min(Math.round(POLL_BASE_MS * POLL_BACKOFF ** Math.max(0, failures - 1)), POLL_MAX_MS)
}

/** The fields whose change a person would notice; used to tell whether a poll changed anything. */
export function codeSignature(code: AccessCode): string {
  return JSON.stringify([
    code.status,
    code.name,
    code.code,
    code.type,
    code.starts_at ?? null,
    code.ends_at ?? null,
    code.is_scheduled_on_device ?? null,
    code.is_backup_access_code_available,
    code.pulled_backup_access_code_id ?? null,
    code.errors.map((e) => e.error_code),
    code.warnings.map((w) => w.warning_code),
  ])
}
