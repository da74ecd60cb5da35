import { describe, expect, it } from 'vitest'
import { backupEligibility, pullBlockedReason } from './backup-eligibility'

const eligible = {
  type: 'time_bound' as const,
  is_backup: false,
  is_backup_access_code_available: true,
  pulled_backup_access_code_id: null,
}
const poolLock = { properties: { online: true, supports_backup_access_code_pool: true } }
const noPoolLock = { properties: { online: true, supports_backup_access_code_pool: false } }

describe('backupEligibility', () => {
  it('allows a time-bound code created with the pool on a lock that has one', () => {
    expect(backupEligibility(eligible, poolLock)).toEqual({ state: 'available' })
    expect(pullBlockedReason(backupEligibility(eligible, poolLock))).toBeNull()
  })

  it.each([
    [
      { ...eligible, type: 'ongoing' as const },
      poolLock,
      'Backup codes exist only for time-bound codes',
    ],
    [eligible, noPoolLock, 'This lock has no backup pool'],
    [
      { ...eligible, is_backup_access_code_available: false },
      poolLock,
      'This code was not created with the backup pool',
    ],
    [
      { ...eligible, pulled_backup_access_code_id: 'b1' },
      poolLock,
      'A backup code was already pulled',
    ],
    [{ ...eligible, is_backup: true }, poolLock, 'This is itself a backup code'],
  ])('says why not (%#)', (code, device, reason) => {
    expect(pullBlockedReason(backupEligibility(code, device))).toBe(reason)
  })

  it('marks a pulled code with its backup id', () => {
    expect(
      backupEligibility({ ...eligible, pulled_backup_access_code_id: 'b1' }, poolLock),
    ).toEqual({
      state: 'pulled',
      backupAccessCodeId: 'b1',
    })
  })
})
