import type { CsvColumn } from '@/lib/csv/csv-columns'
import { isoInZone } from '@/lib/time/format'
import type { CsvPinOption } from '@/lib/csv/export-rows'
import type { AccessCodeRow } from './access-code-rows'

type Column = CsvColumn<AccessCodeRow>
const issueCodes = (issues: ReadonlyArray<{ error_code?: string; warning_code?: string }>) =>
  issues.map((i) => i.error_code ?? i.warning_code ?? '').join('; ')

const id: Column = { header: 'access_code_id', value: (r) => r.code.access_code_id }
const name: Column = { header: 'name', value: (r) => r.name }
const deviceId: Column = { header: 'device_id', value: (r) => r.code.device_id }
const lock: Column = { header: 'lock', value: (r) => r.deviceName }
const location: Column = { header: 'location', value: (r) => r.locationName }
const type: Column = { header: 'type', value: (r) => r.code.type }
const status: Column = { header: 'status', value: (r) => r.code.status }
// Times as the table shows them: in the lock's zone, with its offset; the zone beside them.
const startsAt: Column = {
  header: 'starts_at',
  value: (r) => isoInZone(r.code.starts_at, r.timeZone),
}
const endsAt: Column = { header: 'ends_at', value: (r) => isoInZone(r.code.ends_at, r.timeZone) }
const timeZone: Column = { header: 'time_zone', value: (r) => r.timeZone }
const backup: Column = { header: 'backup', value: (r) => r.backup.state }
const errors: Column = { header: 'errors', value: (r) => issueCodes(r.code.errors) }
const warnings: Column = { header: 'warnings', value: (r) => issueCodes(r.code.warnings) }

/** The workspace table's columns (the PIN only through `accessCodePins`). */
export const workspaceAccessCodeCsv: readonly Column[] = [
  id,
  name,
  deviceId,
  lock,
  location,
  type,
  status,
  startsAt,
  endsAt,
  timeZone,
  backup,
  errors,
  warnings,
]

/** One lock's table: the workspace's columns but the lock's name and place (the lock is the page). */
export const deviceAccessCodeCsv: readonly Column[] = workspaceAccessCodeCsv.filter(
  (column) => column !== lock && column !== location,
)

/** Where an export's PINs go: after the name, as in the table. */
export const accessCodePins: CsvPinOption<AccessCodeRow> = {
  idOf: (r) => r.code.access_code_id,
  afterHeader: 'name',
}
