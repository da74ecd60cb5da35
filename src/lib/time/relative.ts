const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A compact duration for relative phrases: "< 1 min", "45 min", "3 h", "2 d". */
export function compactDuration(ms: number): string {
  const abs = Math.abs(ms)
  if (abs < MINUTE) return '< 1 min'
  if (abs < HOUR) return `${Math.round(abs / MINUTE)} min`
  if (abs < 2 * DAY) return `${Math.round(abs / HOUR)} h`
  return `${Math.round(abs / DAY)} d`
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
]

const formatters = new Map<string, Intl.RelativeTimeFormat>()
const formatterFor = (locale: string | undefined) => {
  const key = locale ?? ''
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    formatters.set(key, f)
  }
  return f
}

/**
 * "5 minutes ago", "in 3 hours", "yesterday"; under a minute is "just now".
 * Returns '' for a missing or unparseable time.
 */
export function formatRelativeTime(
  time: string | number | Date | undefined | null,
  now: number = Date.now(),
  locale?: string,
): string {
  if (time === undefined || time === null) return ''
  const ms =
    time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time)
  if (Number.isNaN(ms)) return ''
  const diff = ms - now
  const abs = Math.abs(diff)
  if (abs < MINUTE) return 'just now'
  for (const [unit, size] of UNITS) {
    if (abs >= size) return formatterFor(locale).format(Math.round(diff / size), unit)
  }
  return 'just now'
}
