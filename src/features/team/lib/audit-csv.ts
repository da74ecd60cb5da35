import type { CsvColumn } from '@/lib/csv/csv-columns'
import { isoInZone } from '@/lib/time/format'
import { viewerTimeZone } from '@/lib/time/zones'
import type { AuditEntry } from '../api/list-audit-entries'
import { actionLabel } from './audit-actions'

/**
 * The audit log as CSV: every field of an entry, the action in words beside its id, times in
 * the viewer's zone as the page shows them (offset in the time, the zone in its own column),
 * and the details as the JSON the server recorded (never a PIN: none is ever recorded).
 */
export function auditCsvColumns(zone = viewerTimeZone()): CsvColumn<AuditEntry>[] {
  return [
    { header: 'id', value: (e) => e.id },
    { header: 'at', value: (e) => isoInZone(e.at, zone) },
    { header: 'time_zone', value: () => zone },
    { header: 'actor_email', value: (e) => e.actor_email },
    { header: 'actor_role', value: (e) => e.actor_role },
    { header: 'action', value: (e) => e.action },
    { header: 'action_label', value: (e) => actionLabel(e.action, e.details) },
    { header: 'result', value: (e) => e.result },
    { header: 'device_id', value: (e) => e.device_id },
    { header: 'device_name', value: (e) => e.device_name },
    { header: 'access_code_id', value: (e) => e.access_code_id },
    { header: 'access_code_name', value: (e) => e.access_code_name },
    { header: 'request_id', value: (e) => e.request_id },
    { header: 'client_address', value: (e) => e.client_address },
    { header: 'details', value: (e) => (e.details ? JSON.stringify(e.details) : '') },
  ]
}
