import { useCallback } from 'react'
import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import type { AccessCode } from '@/api/schemas/access-code'
import { deviceAccessCodesQueryOptions } from './list-access-codes'

/** A device whose codes could not be loaded; the rest of the table is unaffected. */
export type DeviceLoadFailure = {
  deviceId: string
  error: unknown
  /** True while a retry for this device is in flight. */
  retrying: boolean
  retry: () => void
}

export type WorkspaceAccessCodes = {
  /** Every code loaded so far, across all devices that have answered. */
  codes: AccessCode[]
  totalDevices: number
  /** Devices whose list has arrived (successfully, at least once). */
  loadedDevices: number
  failures: DeviceLoadFailure[]
  /** Nothing has arrived yet. */
  isPending: boolean
  /** Some devices are still loading. */
  isLoadingMore: boolean
  /** When the most recent device list arrived (ms since epoch), 0 if none has. */
  dataUpdatedAt: number
}

function combineResults(
  deviceIds: readonly string[],
  results: UseQueryResult<AccessCode[]>[],
): WorkspaceAccessCodes {
  const codes: AccessCode[] = []
  const failures: DeviceLoadFailure[] = []
  let loadedDevices = 0
  let dataUpdatedAt = 0
  results.forEach((result, i) => {
    if (result.data) {
      loadedDevices += 1
      for (const code of result.data) codes.push(code)
      dataUpdatedAt = Math.max(dataUpdatedAt, result.dataUpdatedAt)
    }
    // A device that failed to load shows as an error even if an older list is still on screen.
    if (result.isError) {
      failures.push({
        deviceId: deviceIds[i]!,
        error: result.error,
        retrying: result.isFetching,
        retry: () => void result.refetch(),
      })
    }
  })
  const settled = results.filter((r) => r.data !== undefined || r.isError).length
  return {
    codes,
    totalDevices: deviceIds.length,
    loadedDevices,
    failures,
    isPending: deviceIds.length > 0 && settled === 0,
    isLoadingMore: settled < deviceIds.length,
    dataUpdatedAt,
  }
}

/**
 * Every code in the workspace: one `access_codes/list { device_id }` per device, at most 6 in
 * flight (the shared limiter inside the query function), rows appearing as each device answers.
 * Each device is its own cache entry, which is what the poller and the device page also read.
 * The device ids come from the caller (the route owns the devices query).
 */
export function useWorkspaceAccessCodes(deviceIds: readonly string[]): WorkspaceAccessCodes {
  const combine = useCallback(
    (results: UseQueryResult<AccessCode[]>[]) => combineResults(deviceIds, results),
    [deviceIds],
  )
  return useQueries({
    queries: deviceIds.map((deviceId) => deviceAccessCodesQueryOptions(deviceId)),
    combine,
  })
}
