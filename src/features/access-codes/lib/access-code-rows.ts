import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { backupEligibility, type BackupState } from './backup-eligibility'
import {
  deviceTimeZone,
  hasOwnTimeZone,
  locationName,
  lockLabel,
} from '@/lib/devices/device-identity'

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

export const codeDisplayName = (code: Pick<AccessCode, 'name'>) =>
  code.name?.trim() || 'Unnamed code'

function buildRow(code: AccessCode, device: Device | undefined): AccessCodeRow {
  return {
    code,
    device,
    deviceName: lockLabel(device, code.device_id),
    locationName: locationName(device),
    timeZone: deviceTimeZone(device),
    timeZoneMissing: !hasOwnTimeZone(device),
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
