import { useCallback, useMemo } from 'react'
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import type { AccessCode } from '@/api/schemas/access-code'
import { deviceAccessCodesQueryOptions } from '@/features/access-codes/api/list-access-codes'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import { DevicesPage } from '@/features/devices/components/devices-page'
import type { DevicesSearch } from '@/features/devices/devices-search'

const route = getRouteApi('/devices')

/**
 * Counting codes costs one `access_codes/list` per device (6 at a time, cached and shared with
 * the access-codes page). Above this many devices the table shows "—" instead of flooding the API.
 */
const MAX_DEVICES_FOR_CODE_COUNTS = 200

export function DevicesRoute() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const devices = useQuery(devicesQueryOptions())

  const deviceIds = useMemo(() => {
    const list = devices.data ?? []
    return list.length <= MAX_DEVICES_FOR_CODE_COUNTS ? list.map((d) => d.device_id) : []
  }, [devices.data])
  const combine = useCallback(
    (results: UseQueryResult<AccessCode[]>[]) => {
      const counts = new Map<string, number>()
      results.forEach((result, i) => {
        if (result.data) counts.set(deviceIds[i]!, result.data.length)
      })
      return counts
    },
    [deviceIds],
  )
  const codeCounts = useQueries({
    queries: deviceIds.map((id) => deviceAccessCodesQueryOptions(id)),
    combine,
  })

  const onSearchChange = useCallback(
    (next: DevicesSearch) => void navigate({ search: next, replace: true }),
    [navigate],
  )

  return <DevicesPage search={search} onSearchChange={onSearchChange} codeCounts={codeCounts} />
}
