import type { QueryClient } from '@tanstack/react-query'
import type { AccessCode } from '@/api/schemas/access-code'
import { accessCodeKeys } from './access-code-keys'

/**
 * Writes fresh copies of codes into every cache entry that shows them (the device list and the
 * detail entry), so a mutation or a poll is reflected everywhere without refetching.
 */
export function upsertAccessCodes(queryClient: QueryClient, codes: readonly AccessCode[]): void {
  if (codes.length === 0) return
  const byDevice = new Map<string, AccessCode[]>()
  for (const code of codes) {
    const list = byDevice.get(code.device_id) ?? []
    list.push(code)
    byDevice.set(code.device_id, list)
    queryClient.setQueryData<AccessCode>(accessCodeKeys.detail(code.access_code_id), code)
  }
  for (const [deviceId, fresh] of byDevice) {
    queryClient.setQueryData<AccessCode[]>(accessCodeKeys.byDevice(deviceId), (old) => {
      if (!old) return old // not loaded yet: the first fetch will bring it
      const freshById = new Map(fresh.map((c) => [c.access_code_id, c]))
      const merged = old.map((c) => freshById.get(c.access_code_id) ?? c)
      for (const c of fresh)
        if (!old.some((o) => o.access_code_id === c.access_code_id)) merged.push(c)
      return merged
    })
  }
}

/** Drops codes that no longer exist (deleted, or removed from the lock at `ends_at`). */
export function removeAccessCodes(
  queryClient: QueryClient,
  accessCodeIds: readonly string[],
): void {
  if (accessCodeIds.length === 0) return
  const gone = new Set(accessCodeIds)
  for (const id of accessCodeIds)
    queryClient.removeQueries({ queryKey: accessCodeKeys.detail(id), exact: true })
  queryClient.setQueriesData<AccessCode[]>({ queryKey: accessCodeKeys.byDevices() }, (old) =>
    old?.some((c) => gone.has(c.access_code_id))
      ? old.filter((c) => !gone.has(c.access_code_id))
      : old,
  )
}
