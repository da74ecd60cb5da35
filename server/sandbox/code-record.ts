import type { AccessCodeRecord } from './types'

type Identity = Pick<
  AccessCodeRecord,
  'access_code_id' | 'device_id' | 'name' | 'code' | 'created_at'
>

/**
 * An access code as the sandbox stores and answers it: every field of Seam's access_code object,
 * each at what a managed, ongoing, `set` code carries, with `fields` on top. The one place that
 * says what a code is made of, for the create route, the seed and the checks that need a whole
 * wire code. The identity fields come first so answers keep Seam's key order.
 */
export function codeRecord(fields: Identity & Partial<AccessCodeRecord>): AccessCodeRecord {
  const { access_code_id, device_id, name, code, created_at, ...rest } = fields
  return {
    access_code_id,
    device_id,
    name,
    code,
    common_code_key: null,
    type: 'ongoing',
    status: 'set',
    starts_at: null,
    ends_at: null,
    created_at,
    errors: [],
    warnings: [],
    is_managed: true,
    is_backup: false,
    is_backup_access_code_available: false,
    is_external_modification_allowed: false,
    is_offline_access_code: false,
    is_one_time_use: false,
    is_scheduled_on_device: null,
    is_waiting_for_code_assignment: false,
    pulled_backup_access_code_id: null,
    ...rest,
  }
}
