/** Query keys for unmanaged codes (codes on a lock that were not created through Seam). */
export const unmanagedCodeKeys = {
  all: ['unmanaged-codes'] as const,
  byDevices: () => [...unmanagedCodeKeys.all, 'device'] as const,
  byDevice: (deviceId: string) => [...unmanagedCodeKeys.byDevices(), deviceId] as const,
  details: () => [...unmanagedCodeKeys.all, 'detail'] as const,
  detail: (accessCodeId: string) => [...unmanagedCodeKeys.details(), accessCodeId] as const,
}

/**
 * The access-codes feature's key prefix (`accessCodeKeys.all`). Converting a code makes it
 * managed, so every managed-code view must refetch; features cannot import each other, and a
 * query-key prefix is the contract between them.
 */
export const MANAGED_ACCESS_CODES_KEY = ['access-codes'] as const
/** The events feature's key prefix, so history panels show a conversion or deletion at once. */
export const EVENTS_KEY = ['events'] as const
