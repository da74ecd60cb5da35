import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { backupEligibility, type BackupState } from './backup-eligibility'
import { isValidTimeZone, lockTimeZone } from '@/lib/time/zones'

/** One table row: the code plus what the table needs from its lock, computed once per change. */
export type AccessCodeRow = {
  code: AccessCode
  device: Device | undefined
  deviceName: string
  locationName: string | undefined
  /** The lock's IANA time zone (the viewer's when it has none, see `lockTimeZone`); every time in the row is shown in it. */
  timeZone: string
  /** True when the lock did not report a usable zone, so times are in the viewer's. */
  timeZoneMissing: boolean
  backup: BackupState
  issues: 'errors' | 'warnings' | 'none'
  name: string
}

export const deviceDisplayName = (device: Device | undefined, fallbackId: string) =>
  device?.display_name ||
  device?.nickname ||
  device?.properties.name ||
  `Lock ${fallbackId.slice(0, 8)}`

export const codeDisplayName = (code: Pick<AccessCode, 'name'>) =>
  code.name?.trim() || 'Unnamed code'

function buildRow(code: AccessCode, device: Device | undefined): AccessCodeRow {
  const zone = device?.location?.timezone
  return {
    code,
    device,
    deviceName: deviceDisplayName(device, code.device_id),
    locationName: device?.location?.location_name,
    timeZone: lockTimeZone(zone),
    timeZoneMissing: !isValidTimeZone(zone),
    backup: backupEligibility(code, device),
    issues: code.errors.length > 0 ? 'errors' : code.warnings.length > 0 ? 'warnings' : 'none',
    name: codeDisplayName(code),
  }
}

/**
 * Builds rows, reusing the previous row object for a code whose object (and lock) did not change,
 * so a poll that changes three codes re-renders three rows, not ten thousand.
 */
export function createRowBuilder() {
  let cache = new WeakMap<AccessCode, AccessCodeRow>()
  let lastDevices: ReadonlyMap<string, Device> | undefined
  return (codes: readonly AccessCode[], devices: ReadonlyMap<string, Device>): AccessCodeRow[] => {
    if (devices !== lastDevices) {
      cache = new WeakMap()
      lastDevices = devices
    }
    return codes.map((code) => {
      let row = cache.get(code)
      if (!row) {
        row = buildRow(code, devices.get(code.device_id))
        cache.set(code, row)
      }
      return row
    })
  }
}
