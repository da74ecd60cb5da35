import type { CsvColumn } from '@/lib/csv/csv-columns'
import type { DeviceRow } from '../components/devices-columns'
import { deviceName, manufacturerLabel, modelLabel } from '@/lib/devices/device-identity'
import { lockState } from './device-display'

const codes = (issues: ReadonlyArray<{ error_code?: string; warning_code?: string }>) =>
  issues.map((i) => i.error_code ?? i.warning_code ?? '').join('; ')

/** The devices table as CSV: its columns, the ids, and the lock's zone (times are in it). */
export const deviceCsvColumns: readonly CsvColumn<DeviceRow>[] = [
  { header: 'device_id', value: (r) => r.device.device_id },
  { header: 'name', value: (r) => deviceName(r.device) },
  { header: 'location', value: (r) => r.device.location?.location_name },
  { header: 'time_zone', value: (r) => r.device.location?.timezone },
  { header: 'manufacturer', value: (r) => manufacturerLabel(r.device) },
  { header: 'model', value: (r) => modelLabel(r.device) },
  { header: 'online', value: (r) => r.device.properties.online },
  {
    header: 'battery_level',
    value: (r) => r.device.properties.battery_level ?? r.device.properties.battery?.level,
  },
  { header: 'lock', value: (r) => lockState(r.device) },
  { header: 'access_codes', value: (r) => r.codeCount },
  { header: 'errors', value: (r) => codes(r.device.errors) },
  { header: 'warnings', value: (r) => codes(r.device.warnings) },
]
