/**
 * The access-code fields an update's audit entry records before and after (never the PIN), in
 * the order the audit page shows them. The server picks them (server/dashboard/proxy.ts); the
 * audit page orders them.
 */
export const AUDITED_CODE_FIELDS = [
  'name',
  'type',
  'starts_at',
  'ends_at',
  'is_one_time_use',
  'use_backup_access_code_pool',
  'prefer_native_scheduling',
  'allow_external_modification',
] as const
