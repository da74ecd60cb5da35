/**
 * Wall-clock time in a named IANA time zone ↔ UTC instants, using only `Intl.DateTimeFormat`.
 *
 * A wall time is what a person reads off a clock in that zone, written like the value of an
 * `<input type="datetime-local">`: `YYYY-MM-DDTHH:mm` (seconds optional). Around daylight-saving
 * changes a wall time can be missing (spring forward: 02:30 never happens in New York on
 * 8 March 2026) or happen twice (fall back: 01:30 on 1 November 2026); both cases are reported
 * so the caller can say so instead of silently shifting the time.
 */

import { cachedFormatter } from './formatters'
import { isValidTimeZone } from './zones'

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

const MINUTE = 60_000
const DAY = 86_400_000

export type WallTimeResult =
  | {
      ok: true
      /** The UTC instant, as milliseconds since the epoch. */
      epochMs: number
      /** The wall time happens twice (clocks went back); `epochMs` is the earlier one. */
      ambiguous: false | { later: number }
    }
  | {
      ok: false
      /** `malformed`: not `YYYY-MM-DDTHH:mm`; `impossible`: e.g. 30 February; `gap`: skipped by a DST change. */
      reason: 'malformed' | 'impossible' | 'gap' | 'invalid_zone'
    }

type Parts = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return cachedFormatter(
    `wall|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        era: 'short',
      }),
  )
}

/** The wall-clock fields of `epochMs` as seen in `timeZone`. */
function wallParts(epochMs: number, timeZone: string): Parts {
  const out: Record<string, number> = {}
  let bc = false
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type === 'era') bc = p.value.startsWith('B')
    else if (p.type !== 'literal') out[p.type] = Number(p.value)
  }
  return {
    year: bc ? 1 - out['year']! : out['year']!,
    month: out['month']!,
    day: out['day']!,
    hour: out['hour']! % 24,
    minute: out['minute']!,
    second: out['second']!,
  }
}

const partsAsUtc = (p: Parts) => Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)

/** The zone's offset from UTC at `epochMs`, in milliseconds (e.g. −4 h for New York in summer). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000
  return partsAsUtc(wallParts(whole, timeZone)) - whole
}

/** Converts a wall time in `timeZone` to a UTC instant, reporting DST gaps and overlaps. */
export function wallTimeToInstant(wallTime: string, timeZone: string): WallTimeResult {
  const m = WALL_TIME.exec(wallTime.trim())
  if (!m) return { ok: false, reason: 'malformed' }
  if (!isValidTimeZone(timeZone)) return { ok: false, reason: 'invalid_zone' }
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second)
  const check = new Date(asUtc)
  if (
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return { ok: false, reason: 'impossible' }
  }
  // Every zone changes its offset at most once within a couple of days, so the offsets a day
  // either side are the only candidates; keep those that really read back as this wall time.
  const offsets = new Set([
    zoneOffsetMs(asUtc - DAY, timeZone),
    zoneOffsetMs(asUtc + DAY, timeZone),
  ])
  const matches = [...offsets]
    .map((offset) => asUtc - offset)
    .filter((t) => partsAsUtc(wallParts(t, timeZone)) === asUtc)
    .sort((a, b) => a - b)
  if (matches.length === 0) return { ok: false, reason: 'gap' }
  const [first, later] = matches as [number, number | undefined]
  return { ok: true, epochMs: first, ambiguous: later === undefined ? false : { later } }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The wall time (`YYYY-MM-DDTHH:mm`) of an instant in `timeZone`, for a datetime-local input. */
export function instantToWallTime(instant: string | number | Date, timeZone: string): string {
  const ms =
    instant instanceof Date
      ? instant.getTime()
      : typeof instant === 'number'
        ? instant
        : Date.parse(instant)
  const p = wallParts(Math.floor(ms / MINUTE) * MINUTE, timeZone)
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`
}
