import { useCallback, useMemo } from 'react'
import { useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { accessCodeKeys } from '@/features/access-codes/api/access-code-keys'
import { useWorkspaceAccessCodes } from '@/features/access-codes/api/use-workspace-access-codes'
import { deviceKeys, devicesQueryOptions } from '@/features/devices/api/list-devices'
import { eventsQueryOptions } from '@/features/events/api/list-events'
import { TriagePage } from '@/features/triage/components/triage-page'
import type { TriageSearch } from '@/features/triage/triage-search'
import { filterNavigation } from './filter-navigation'

const route = getRouteApi('/triage')

export function TriageRoute() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const queryClient = useQueryClient()
  const devices = useQuery(devicesQueryOptions())
  const deviceIds = useMemo(() => (devices.data ?? []).map((d) => d.device_id), [devices.data])
  const workspaceCodes = useWorkspaceAccessCodes(deviceIds)
  const fetchingCodes = useIsFetching({ queryKey: accessCodeKeys.all })

  const onRefresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: deviceKeys.all })
    void queryClient.invalidateQueries({ queryKey: accessCodeKeys.all })
  }, [queryClient])

  const loadRecentEvents = useCallback(
    (target: { deviceId?: string; accessCodeId?: string }) =>
      queryClient.fetchQuery({ ...eventsQueryOptions({ ...target, limit: 20 }), staleTime: 0 }),
    [queryClient],
  )

  return (
    <TriagePage
      devices={devices.data}
      codes={workspaceCodes.codes}
      load={{
        devicesError: devices.error ?? undefined,
        devicesLoadingCodes:
          workspaceCodes.totalDevices -
          workspaceCodes.loadedDevices -
          workspaceCodes.failures.length,
        totalDevices: workspaceCodes.totalDevices,
        codeFailures: workspaceCodes.failures,
      }}
      search={search}
      onSearchChange={(patch: Partial<TriageSearch>) => void navigate(filterNavigation(patch))}
      onRefresh={onRefresh}
      isRefreshing={devices.isFetching || fetchingCodes > 0}
      loadRecentEvents={loadRecentEvents}
    />
  )
}
