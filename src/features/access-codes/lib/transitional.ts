import type { AccessCode } from '@/api/schemas/access-code'

/** An `unset` time-bound code starts being programmed this close to its `starts_at`. */
export const START_WINDOW_MS = 2 * 60_000

export const POLL_BASE_MS = 2_000
export const POLL_MAX_MS = 15_000
export const POLL_BACKOFF = 1.5

type Rule = Pick<AccessCode, 'status' | 'type' | 'starts_at' | 'ends_at'>

const ms = (value: string | null | undefined) => (value ? Date.parse(value) : NaN)

/**
 * Whether a code may change on its own soon, so the poller should watch it:
 * - `setting` and `removing` are on their way to the lock (or off it);
 * - an `unset` time-bound code whose `starts_at` is within {@link START_WINDOW_MS} or already
 *   past (and whose window has not ended) is about to be set;
 * - a `set` time-bound code whose `ends_at` is within the same window or past is about to be
 *   removed from the lock.
 * Everything else (`set`, `unknown`, far-off schedules) waits for a person and is not polled.
 */
export function isTransitional(code: Rule, now: number): boolean {
  if (code.status === 'setting' || code.status === 'removing') return true
  if (code.type !== 'time_bound') return false
  const startsAt = ms(code.starts_at)
  const endsAt = ms(code.ends_at)
  if (code.status === 'unset') {
    if (Number.isNaN(startsAt)) return false
    const ended = !Number.isNaN(endsAt) && endsAt <= now
    return !ended && startsAt - now <= START_WINDOW_MS
  }
  if (code.status === 'set') return !Number.isNaN(endsAt) && endsAt - now <= START_WINDOW_MS
  return false
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
