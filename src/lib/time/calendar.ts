import { cachedFormatter } from './formatters'
import { instantToWallTime, wallTimeToInstant } from './zoned-time'

/**
 * Calendar days in a named time zone, built on {@link wallTimeToInstant}/{@link instantToWallTime}.
 * A day is written `YYYY-MM-DD`. Days are not all 24 hours long: around a daylight-saving change
 * a day in New York lasts 23 or 25 hours, so day boundaries are always found from wall times,
 * never by adding 86,400,000 ms.
 */

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/
const HOUR = 3_600_000

/** The calendar day of `epochMs` in `timeZone`, e.g. `2026-03-08`. */
export function dayOf(epochMs: number, timeZone: string): string {
  // Called per code when counting today's arrivals: `format` of a cached en-CA formatter
  // (which writes YYYY-MM-DD) is several times cheaper than taking the wall time apart.
  const f = cachedFormatter(
    `day|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  )
  const day = f.format(epochMs)
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : instantToWallTime(epochMs, timeZone).slice(0, 10)
}

/** Whether `value` is a real `YYYY-MM-DD` date. */
export function isDayKey(value: string): boolean {
  const m = DAY_KEY.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === value
}

const toUtcDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}
const fromUtcDate = (d: Date) => d.toISOString().slice(0, 10)

/** `day` plus `n` calendar days (n may be negative). */
export function addDays(day: string, n: number): string {
  const d = toUtcDate(day)
  d.setUTCDate(d.getUTCDate() + n)
  return fromUtcDate(d)
}

/** `day` plus `n` calendar months, on the 1st of that month. */
export function addMonths(day: string, n: number): string {
  const d = toUtcDate(day)
  return fromUtcDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)))
}

/** The Monday on or before `day`. */
export function startOfWeek(day: string): string {
  const weekday = (toUtcDate(day).getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  return addDays(day, -weekday)
}

/** The 1st of `day`'s month. */
export function startOfMonth(day: string): string {
  return `${day.slice(0, 8)}01`
}

/**
 * The instant a wall time happens in `timeZone`. A wall time skipped by a DST change (spring
 * forward) resolves to the first instant after the gap; a repeated one to its first occurrence.
 */
export function wallToInstant(wallTime: string, timeZone: string): number {
  const r = wallTimeToInstant(wallTime, timeZone)
  if (r.ok) return r.epochMs
  if (r.reason === 'gap') {
    // Gaps are at most an hour or two; step forward a quarter hour at a time out of it.
    const [date, time] = wallTime.split('T') as [string, string]
    const [h, m] = time.split(':').map(Number) as [number, number]
    for (let step = 1; step <= 12; step++) {
      const total = h * 60 + m + step * 15
      if (total >= 24 * 60) break
      const next = `${date}T${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
      const again = wallTimeToInstant(next, timeZone)
      if (again.ok) return again.epochMs
    }
  }
  throw new Error(`not a usable wall time in ${timeZone}: ${wallTime}`)
}

/** The first instant of `day` in `timeZone` (local midnight, or just after it if skipped). */
export function startOfDayInstant(day: string, timeZone: string): number {
  return wallToInstant(`${day}T00:00`, timeZone)
}

/** How long `day` lasts in `timeZone`, in hours (23, 24 or 25 around DST changes). */
export function dayLengthHours(day: string, timeZone: string): number {
  return (startOfDayInstant(addDays(day, 1), timeZone) - startOfDayInstant(day, timeZone)) / HOUR
}
