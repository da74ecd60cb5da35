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
