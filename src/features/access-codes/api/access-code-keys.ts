/**
 * Query keys for access codes, general to specific. Seam has no workspace-wide list, so the
 * workspace view is the union of the per-device lists; every view reads from these same
 * entries, which is how one poll updates every table and detail page at once.
 */
export const accessCodeKeys = {
  all: ['access-codes'] as const,
  /** `access_codes/list { device_id }` → AccessCode[] */
  byDevices: () => [...accessCodeKeys.all, 'device'] as const,
  byDevice: (deviceId: string) => [...accessCodeKeys.byDevices(), deviceId] as const,
  /**
   * `access_codes/list { device_id, limit }`: a lock's first codes, painted while its whole list
   * loads. Outside `all` on purpose: nothing invalidates or polls it; it only bridges a first load.
   */
  firstPage: (deviceId: string) => ['access-codes-first-page', deviceId] as const,
  /** `access_codes/get { access_code_id }` → AccessCode */
  details: () => [...accessCodeKeys.all, 'detail'] as const,
  detail: (accessCodeId: string) => [...accessCodeKeys.details(), accessCodeId] as const,
}
