/**
 * Date-times for people: shown in the place's own time zone (a lock's `location.timezone`), with
 * the viewer's zone available on hover, because "the code starts at 3 PM" means 3 PM at the door.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatterFor(timeZone: string | undefined, locale: string | undefined) {
  const key = `${locale ?? ''}|${timeZone ?? ''}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    })
    formatters.set(key, f)
  }
  return f
}

/** Whether the runtime knows this IANA zone name. */
export function isKnownTimeZone(timeZone: string | undefined | null): timeZone is string {
  if (!timeZone) return false
  try {
    formatterFor(timeZone, undefined)
    return true
  } catch {
    return false
  }
}

/** The viewer's own IANA zone. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** "Mar 8, 2026, 3:30 PM EDT" in `timeZone` (the viewer's zone when missing or unknown). */
export function formatDateTime(
  time: string | number | Date,
  timeZone?: string | null,
  locale?: string,
): string {
  const date = time instanceof Date ? time : new Date(time)
  if (Number.isNaN(date.getTime())) return ''
  return formatterFor(isKnownTimeZone(timeZone) ? timeZone : undefined, locale).format(date)
}

export type ZonedDateTime = {
  /** Shown text: the time in the place's zone (or the viewer's when the place has none). */
  label: string
  /** Hover text: the same instant in the viewer's zone, and the place's zone name. */
  title: string
  /** For `<time dateTime>`: the ISO instant. */
  dateTime: string
  /** The zone `label` is in. */
  timeZone: string
}

/**
 * Everything to render one time stamp: `<time dateTime={d.dateTime} title={d.title}>{d.label}</time>`.
 * Returns undefined for a missing or unparseable time.
 */
export function describeDateTime(
  time: string | number | Date | undefined | null,
  placeTimeZone?: string | null,
  options: { viewerZone?: string; locale?: string } = {},
): ZonedDateTime | undefined {
  if (time === undefined || time === null) return undefined
  const date = time instanceof Date ? time : new Date(time)
  if (Number.isNaN(date.getTime())) return undefined
  const viewer = options.viewerZone ?? viewerTimeZone()
  const place = isKnownTimeZone(placeTimeZone) ? placeTimeZone : undefined
  const label = formatDateTime(date, place ?? viewer, options.locale)
  const inViewer = formatDateTime(date, viewer, options.locale)
  const title =
    place && place !== viewer
      ? `${inViewer} your time (${viewer}) · ${label} at the lock (${place})`
      : `${inViewer} (${viewer})`
  return { label, title, dateTime: date.toISOString(), timeZone: place ?? viewer }
}
