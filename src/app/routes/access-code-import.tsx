import { useCallback, useMemo } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { AccessCode } from '@/api/schemas/access-code'
import { upsertAccessCodes } from '@/features/access-codes/api/access-code-cache'
import { useWorkspaceAccessCodes } from '@/features/access-codes/api/use-workspace-access-codes'
import { AccessCodeImportPage } from '@/features/access-code-import/components/access-code-import-page'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'

/**
 * `/access-codes/import`: the import page, given the locks, the codes already on them (from the
 * same per-lock cache the access-codes page reads) and a way to put new codes into that cache,
 * where the app's poller follows them to `set`.
 */
export function AccessCodeImportRoute() {
  const queryClient = useQueryClient()
  const devices = useQuery(devicesQueryOptions())
  const deviceIds = useMemo(() => (devices.data ?? []).map((d) => d.device_id), [devices.data])
  const workspace = useWorkspaceAccessCodes(deviceIds)
  const onCreated = useCallback(
    (code: AccessCode) => upsertAccessCodes(queryClient, [code]),
    [queryClient],
  )
  const { failures } = workspace
  const retry = useCallback(() => failures.forEach((f) => f.retry()), [failures])
  return (
    <AccessCodeImportPage
      devices={devices.data}
      devicesError={devices.error}
      onRetryDevices={() => void devices.refetch()}
      existing={{
        codes: workspace.codes,
        loadedLocks: workspace.loadedDevices,
        totalLocks: workspace.totalDevices,
        failedLocks: failures.length,
        retry,
      }}
      onCreated={onCreated}
    />
  )
}
