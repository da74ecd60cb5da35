import { formatInZone } from '@/lib/time/format'
import { wallTimeToInstant } from '@/lib/time/zoned-time'

/**
 * A `starts_at` / `ends_at` cell: ISO 8601 with an offset (`2026-07-01T15:00+02:00`, `…Z`), or a
 * wall time read in the lock's zone (`2026-07-01T15:00`, a space for the T is fine too, as
 * spreadsheets write it). The lock's zone goes through `@/lib/time`, which reports DST gaps.
 */
export type ImportTime =
  { ok: true; instant: string; note: string | null } | { ok: false; message: string }

const WITH_OFFSET =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i
const WALL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)$/

const FORMAT_HINT =
  'Write a date and time such as 2026-07-01T15:00 (the lock’s local time) or 2026-07-01T15:00+02:00.'

// Booking exports repeat the same check-in and check-out times on many rows; each new one costs
// several Intl calls. Cleared when full rather than grown without bound.
const cache = new Map<string, ImportTime>()
const CACHE_LIMIT = 20_000

export function readImportTime(cell: string, timeZone: string): ImportTime {
  const key = `${timeZone}\u0000${cell}`
  let result = cache.get(key)
  if (!result) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    result = readUncached(cell, timeZone)
    cache.set(key, result)
  }
  return result
}

function readUncached(cell: string, timeZone: string): ImportTime {
  const value = cell.trim()
  const offset = WITH_OFFSET.exec(value)
  if (offset) {
    const [, date, time, zone] = offset as unknown as [string, string, string, string]
    // The date and time must exist as written (no 30 February), whatever the offset.
    if (!wallTimeToInstant(`${date}T${time}`, 'UTC').ok)
      return { ok: false, message: `${date} ${time} is not a real date and time.` }
    const normalisedZone =
      zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
    const ms = Date.parse(`${date}T${time}${normalisedZone}`)
    if (Number.isNaN(ms)) return { ok: false, message: FORMAT_HINT }
    return { ok: true, instant: new Date(ms).toISOString(), note: null }
  }
  const wall = WALL.exec(value)
  if (!wall) return { ok: false, message: FORMAT_HINT }
  const [, date, time] = wall as unknown as [string, string, string]
  const result = wallTimeToInstant(`${date}T${time}`, timeZone)
  if (result.ok) {
    const note = result.ambiguous
      ? `This time happens twice that night in ${timeZone} (the clocks go back). Using the first: ${formatInZone(result.epochMs, timeZone)}.`
      : null
    return { ok: true, instant: new Date(result.epochMs).toISOString(), note }
  }
  switch (result.reason) {
    case 'gap':
      return {
        ok: false,
        message: `${time} does not exist on ${date} in ${timeZone}: the clocks skip ahead that night. Choose a time after the change.`,
      }
    case 'invalid_zone':
      return { ok: false, message: `The lock’s time zone "${timeZone}" is not recognised.` }
    default:
      return { ok: false, message: `${date} ${time} is not a real date and time.` }
  }
}
