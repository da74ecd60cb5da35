import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { backupPoolSupport } from '@/lib/devices/device-identity'

export type BackupState =
  | { state: 'available' }
  | { state: 'pulled'; backupAccessCodeId: string }
  | { state: 'not_eligible'; reason: string }

export const BACKUP_STATE_LABELS: Record<BackupState['state'], string> = {
  available: 'Available',
  pulled: 'Pulled',
  not_eligible: 'Not eligible',
}

/**
 * Whether a backup code can be pulled for this code, and if not, why — in words a property
 * manager can act on. Order matters: the most fundamental reason wins.
 */
export function backupEligibility(
  code: Pick<
    AccessCode,
    'type' | 'is_backup' | 'is_backup_access_code_available' | 'pulled_backup_access_code_id'
  >,
  device: Pick<Device, 'properties'> | undefined,
): BackupState {
  if (code.is_backup) return { state: 'not_eligible', reason: 'This is itself a backup code' }
  if (code.pulled_backup_access_code_id)
    return { state: 'pulled', backupAccessCodeId: code.pulled_backup_access_code_id }
  if (code.type !== 'time_bound')
    return { state: 'not_eligible', reason: 'Backup codes exist only for time-bound codes' }
  if (backupPoolSupport(device) === false)
    return { state: 'not_eligible', reason: 'This lock has no backup pool' }
  if (!code.is_backup_access_code_available)
    return { state: 'not_eligible', reason: 'This code was not created with the backup pool' }
  return { state: 'available' }
}

/** The reason a pull is impossible, or null when it can be pulled. */
export function pullBlockedReason(backup: BackupState): string | null {
  if (backup.state === 'available') return null
  if (backup.state === 'pulled') return 'A backup code was already pulled'
  return backup.reason
}
