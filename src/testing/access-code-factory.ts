import type { AccessCode } from '@/api/schemas/access-code'

/** A managed, ongoing, `set` access code as the API returns it; tests override what they test. */
export function buildAccessCode(
  overrides: Partial<AccessCode> & Pick<AccessCode, 'access_code_id'>,
): AccessCode {
  return {
    device_id: 'dev-1',
    name: `Code ${overrides.access_code_id}`,
    code: '1234',
    common_code_key: null,
    type: 'ongoing',
    status: 'set',
    created_at: '2026-01-01T00:00:00Z',
    errors: [],
    warnings: [],
    is_managed: true,
    is_backup_access_code_available: false,
    is_external_modification_allowed: false,
    is_offline_access_code: false,
    is_one_time_use: false,
    ...overrides,
  }
}
