const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
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
  if (abs < 60_000) return 'just now'
  for (const [unit, size] of UNITS) {
    if (abs >= size) return formatterFor(locale).format(Math.round(diff / size), unit)
  }
  return 'just now'
}
