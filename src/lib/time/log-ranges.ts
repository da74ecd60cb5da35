/**
 * The time ranges a log (events, audit) is filtered by: "Any time", four windows ending now, or a
 * custom From–To. The same choices, words and lengths in every log.
 */
export const LOG_RANGES = ['all', '1h', '24h', '7d', '30d', 'custom'] as const
export type LogRange = (typeof LOG_RANGES)[number]

export const LOG_RANGE_LABELS: Record<LogRange, string> = {
  all: 'Any time',
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  custom: 'Custom range…',
}

const HOUR = 3_600_000

/** How far back each window ending now reaches. */
export const LOG_RANGE_MS: Record<Exclude<LogRange, 'all' | 'custom'>, number> = {
  '1h': HOUR,
  '24h': 24 * HOUR,
  '7d': 7 * 24 * HOUR,
  '30d': 30 * 24 * HOUR,
}

/** A log's range as its URL holds it: a custom one has ISO instants, either of which may be missing. */
export type LogRangeSearch = { range: LogRange; from?: string | undefined; to?: string | undefined }

/**
 * Why a custom range cannot be used, in words, or undefined when it can (or is not custom). The
 * page says so and filters by no time meanwhile, rather than asking for an empty window.
 */
export function customRangeError(search: LogRangeSearch): string | undefined {
  if (search.range !== 'custom') return undefined
  const from = search.from ? Date.parse(search.from) : NaN
  const to = search.to ? Date.parse(search.to) : NaN
  if (search.from && Number.isNaN(from)) return 'The start is not a valid date and time.'
  if (search.to && Number.isNaN(to)) return 'The end is not a valid date and time.'
  if (!Number.isNaN(from) && !Number.isNaN(to) && to <= from)
    return 'The end must be after the start.'
  return undefined
}
