import { hashKey, type QueryClient } from '@tanstack/react-query'
import type { AccessCode } from '@/api/schemas/access-code'
import { accessCodeKeys } from './access-code-keys'

/**
 * Writes fresh copies of codes into every cache entry that shows them (the device list and the
 * detail entry), so a mutation or a poll is reflected everywhere without refetching.
 * `onlyExistingDetails`: update detail entries someone has loaded, but create none (the poller:
 * a detail entry per code it saw change held ~3 MB for 5 minutes on a 10,000-code workspace).
 */
export function upsertAccessCodes(
  queryClient: QueryClient,
  codes: readonly AccessCode[],
  { onlyExistingDetails = false }: { onlyExistingDetails?: boolean } = {},
): void {
  if (codes.length === 0) return
  const cache = queryClient.getQueryCache()
  const byDevice = new Map<string, AccessCode[]>()
  for (const code of codes) {
    const list = byDevice.get(code.device_id) ?? []
    list.push(code)
    byDevice.set(code.device_id, list)
    const detailKey = accessCodeKeys.detail(code.access_code_id)
    if (!onlyExistingDetails || cache.get(hashKey(detailKey)))
      queryClient.setQueryData<AccessCode>(detailKey, code)
  }
  for (const [deviceId, fresh] of byDevice) {
    queryClient.setQueryData<AccessCode[]>(accessCodeKeys.byDevice(deviceId), (old) => {
      if (!old) return old // not loaded yet: the first fetch will bring it
      const freshById = new Map(fresh.map((code) => [code.access_code_id, code]))
      const merged = old.map((code) => freshById.get(code.access_code_id) ?? code)
      for (const code of fresh)
        if (!old.some((o) => o.access_code_id === code.access_code_id)) merged.push(code)
      return merged
    })
  }
}

/**
 * Drops codes that no longer exist (deleted, or removed from the lock at `ends_at`) from their
 * detail entry and their lock's list. Touches only those entries: a poll runs this while the
 * cache holds hundreds of entries, and a write to every list would re-notify every observer.
 */
export function removeAccessCodes(
  queryClient: QueryClient,
  codes: readonly Pick<AccessCode, 'access_code_id' | 'device_id'>[],
): void {
  if (codes.length === 0) return
  const cache = queryClient.getQueryCache()
  const goneByDevice = new Map<string, Set<string>>()
  for (const { access_code_id: id, device_id: deviceId } of codes) {
    // By hash: a lookup, where removeQueries would scan every query in the cache.
    const detail = cache.get(hashKey(accessCodeKeys.detail(id)))
    if (detail) cache.remove(detail)
    const gone = goneByDevice.get(deviceId) ?? new Set<string>()
    gone.add(id)
    goneByDevice.set(deviceId, gone)
  }
  for (const [deviceId, gone] of goneByDevice) {
    const key = accessCodeKeys.byDevice(deviceId)
    const old = queryClient.getQueryData<AccessCode[]>(key)
    if (old?.some((code) => gone.has(code.access_code_id)))
      queryClient.setQueryData<AccessCode[]>(
        key,
        old.filter((code) => !gone.has(code.access_code_id)),
      )
  }
}
