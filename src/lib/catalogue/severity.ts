// Kept apart from the catalogue's text so a route's search schema can use it without loading it.

/** How urgently someone should act. Errors are `critical`/`high`; warnings `medium`/`low`. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const
export type Severity = (typeof SEVERITIES)[number]
export const severityLabel: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
}
/** For sorting: lower is more urgent. */
export const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 }
