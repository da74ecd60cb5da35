import type { CsvColumn } from '@/lib/csv/csv-columns'
import { isoInZone } from '@/lib/time/format'
import type { IssueGroup, Occurrence } from './collect-issues'

/** One line per affected object, under its problem, in the page's order. */
export type TriageCsvRow = { group: IssueGroup; occurrence: Occurrence }

export const triageCsvRows = (groups: readonly IssueGroup[]): TriageCsvRow[] =>
  groups.flatMap((group) => group.occurrences.map((occurrence) => ({ group, occurrence })))

/** The lock's zone, as every time on a lock is shown; UTC when the lock has none. */
const zoneOf = (o: Occurrence) => o.device?.location?.timezone ?? 'UTC'

/** The triage page as CSV: what the support lead sends to the lock vendor. */
export const triageCsvColumns: readonly CsvColumn<TriageCsvRow>[] = [
  { header: 'severity', value: (r) => r.group.description.severity },
  { header: 'kind', value: (r) => r.group.kind },
  { header: 'issue_code', value: (r) => r.group.code },
  { header: 'problem', value: (r) => r.group.description.title },
  { header: 'subject', value: (r) => r.occurrence.subject },
  { header: 'device_id', value: (r) => r.occurrence.deviceId },
  { header: 'access_code_id', value: (r) => r.occurrence.accessCode?.access_code_id },
  { header: 'name', value: (r) => r.occurrence.name },
  { header: 'location', value: (r) => r.occurrence.location },
  { header: 'message', value: (r) => r.occurrence.message },
  { header: 'since', value: (r) => isoInZone(r.occurrence.since, zoneOf(r.occurrence)) },
  { header: 'time_zone', value: (r) => zoneOf(r.occurrence) },
]
