import { dayOf } from './calendar'
import { cachedFormatter } from './formatters'
import { lockTimeZone, viewerTimeZone } from './zones'
import { zoneOffsetMs } from './zoned-time'

/**
 * Instants for people, in a given zone. Every formatter here takes the zone the caller resolved
 * with `lockTimeZone` (or the viewer's), and falls back by the same policy when handed a zone the
 * runtime does not know. Building an `Intl.DateTimeFormat` costs far more than using one, and
 * tables format thousands of times, so each shape is built once per zone and locale.
 */

export type Instant = string | number | Date

const toMs = (time: Instant): number =>
  time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time)

export type DateTimeOptions = {
  /** Leave the year out when the time falls in `now`'s year (busy tables). */
  now?: number
  /** Add the zone's short name, e.g. "EDT". */
  zoneName?: boolean
  weekday?: boolean
  seconds?: boolean
  locale?: string
}

/** "Mar 8, 2026, 3:30 PM" in `timeZone`, shaped by `options`; '' for an unparseable time. */
export function formatDateTime(
  time: Instant,
  timeZone: string | null | undefined,
  options: DateTimeOptions = {},
): string {
  const ms = toMs(time)
  if (Number.isNaN(ms)) return ''
  const zone = lockTimeZone(timeZone)
  const { now, zoneName = false, weekday = false, seconds = false, locale } = options
  let withYear = true
  if (now !== undefined) {
    const year = cachedFormatter(
      `y|${zone}`,
      () => new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric' }),
    )
    withYear = year.format(ms) !== year.format(now)
  }
  const key = `dt|${locale ?? ''}|${zone}|${withYear}|${zoneName}|${weekday}|${seconds}`
  return cachedFormatter(
    key,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone: zone,
        weekday: weekday ? 'short' : undefined,
        year: withYear ? 'numeric' : undefined,
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        second: seconds ? '2-digit' : undefined,
        timeZoneName: zoneName ? 'short' : undefined,
      }),
  ).format(ms)
}

/** A full reading with weekday and zone name, e.g. "Sun, Mar 8, 2026, 3:30 AM EDT". */
export function formatInZone(epochMs: number, timeZone: string, locale?: string): string {
  return formatDateTime(epochMs, timeZone, { weekday: true, zoneName: true, locale })
}

/** "3:00 PM" in `timeZone`. */
export function formatTime(time: Instant, timeZone: string | null | undefined): string {
  const zone = lockTimeZone(timeZone)
  return cachedFormatter(
    `t|${zone}`,
    () =>
      new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: 'numeric', minute: '2-digit' }),
  ).format(toMs(time))
}

function exactZoneAbbreviation(ms: number, zone: string): string {
  const parts = cachedFormatter(
    `z|${zone}`,
    () => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }),
  ).formatToParts(ms)
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone
}

// formatToParts is slow enough to show when scrolling 10,000 rows, and rows' times fall on a few
// dozen days. A zone changes its name at most once a day, so a day whose first and last
// millisecond share a name has that name throughout; only a changeover day is asked per time.
const DAY_MS = 86_400_000
const dayNames = new Map<string, string | null>()

/** The zone's short name at `ms`, e.g. "EST", "PDT" or "GMT+1", to show beside times. */
export function zoneAbbreviation(ms: number, timeZone: string | null | undefined): string {
  const zone = lockTimeZone(timeZone)
  const day = Math.floor(ms / DAY_MS)
  const key = `${zone}@${day}`
  let name = dayNames.get(key)
  if (name === undefined) {
    const first = exactZoneAbbreviation(day * DAY_MS, zone)
    name = first === exactZoneAbbreviation(day * DAY_MS + DAY_MS - 1, zone) ? first : null
    if (dayNames.size >= 10_000) dayNames.clear()
    dayNames.set(key, name)
  }
  return name ?? exactZoneAbbreviation(ms, zone)
}

/** True when `a` and `b` fall on the same calendar day in `timeZone`. */
export function sameDay(a: number, b: number, timeZone: string | null | undefined): boolean {
  const zone = lockTimeZone(timeZone)
  return dayOf(a, zone) === dayOf(b, zone)
}

/** "at 3:00 PM EST" today, or "on Mar 3, 3:00 PM EST", in `timeZone`. */
export function whenPhrase(ms: number, timeZone: string | null | undefined, now: number): string {
  const zone = zoneAbbreviation(ms, timeZone)
  return sameDay(ms, now, timeZone)
    ? `at ${formatTime(ms, timeZone)} ${zone}`
    : `on ${formatDateTime(ms, timeZone, { now })} ${zone}`
}

export type ZonedDateTime = {
  /** Shown text: the time in the place's zone (the viewer's when the place has none). */
  label: string
  /** Hover text: the same instant in the viewer's zone, and the place's zone name. */
  title: string
  /** For `<time dateTime>`: the ISO instant. */
  dateTime: string
  /** The zone `label` is in. */
  timeZone: string
}

/**
 * Everything to render one time stamp: `<time dateTime={d.dateTime} title={d.title}>{d.label}</time>`,
 * in the place's zone (a lock's) with the viewer's on hover. Undefined for a missing or
 * unparseable time.
 */
export function describeDateTime(
  time: Instant | undefined | null,
  placeTimeZone?: string | null,
  options: { viewerZone?: string; locale?: string; seconds?: boolean } = {},
): ZonedDateTime | undefined {
  if (time === undefined || time === null) return undefined
  const ms = toMs(time)
  if (Number.isNaN(ms)) return undefined
  const viewer = options.viewerZone ?? viewerTimeZone()
  const zone = lockTimeZone(placeTimeZone, viewer)
  const shape = { zoneName: true, locale: options.locale, seconds: options.seconds }
  const label = formatDateTime(ms, zone, shape)
  const inViewer = formatDateTime(ms, viewer, shape)
  const title =
    zone !== viewer
      ? `${inViewer} your time (${viewer}) · ${label} at the lock (${zone})`
      : `${inViewer} (${viewer})`
  return { label, title, dateTime: new Date(ms).toISOString(), timeZone: zone }
}

const padOffset = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0')

/**
 * An instant as ISO 8601 with the zone's offset at that instant, e.g. `2026-03-08T03:30:00-04:00`
 * (seconds kept, milliseconds dropped). Empty for a missing or unreadable instant.
 */
export function isoInZone(instant: string | number | null | undefined, timeZone: string): string {
  if (instant === null || instant === undefined || instant === '') return ''
  const ms = typeof instant === 'number' ? instant : Date.parse(instant)
  if (!Number.isFinite(ms)) return ''
  const whole = Math.floor(ms / 1000) * 1000
  const offset = zoneOffsetMs(whole, timeZone)
  const wall = new Date(whole + offset).toISOString().slice(0, 19)
  const minutes = Math.round(offset / 60_000)
  const sign = minutes < 0 ? '-' : '+'
  return `${wall}${sign}${padOffset(Math.trunc(minutes / 60))}:${padOffset(minutes % 60)}`
}
