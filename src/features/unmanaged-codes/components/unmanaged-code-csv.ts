import type { UnmanagedAccessCode } from '@/api/schemas/access-code'
import type { CsvColumn } from '@/lib/csv/csv-columns'
import { isoInZone } from '@/lib/time/format'
import { viewerTimeZone } from '@/lib/time/zones'
import { nameOf } from './unmanaged-code-format'

const issueCodes = (issues: ReadonlyArray<{ error_code?: string; warning_code?: string }>) =>
  issues.map((i) => i.error_code ?? i.warning_code ?? '').join('; ')

/**
 * One lock's unmanaged codes as CSV. The panel shows times in the viewer's zone, so the file
 * does too (offset in each time, the zone in its own column). No PINs: they stay behind the
 * audited "Show code".
 */
export function unmanagedCodeCsvColumns(zone = viewerTimeZone()): CsvColumn<UnmanagedAccessCode>[] {
  return [
    { header: 'access_code_id', value: (c) => c.access_code_id },
    { header: 'name', value: (c) => nameOf(c) },
    { header: 'device_id', value: (c) => c.device_id },
    { header: 'type', value: (c) => c.type },
    { header: 'status', value: (c) => c.status },
    { header: 'starts_at', value: (c) => isoInZone(c.starts_at, zone) },
    { header: 'ends_at', value: (c) => isoInZone(c.ends_at, zone) },
    { header: 'found_at', value: (c) => isoInZone(c.created_at, zone) },
    { header: 'time_zone', value: () => zone },
    { header: 'errors', value: (c) => issueCodes(c.errors) },
    { header: 'warnings', value: (c) => issueCodes(c.warnings) },
  ]
}
