import { useCallback, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import { useWorkspaceAccessCodes } from '@/features/access-codes/api/use-workspace-access-codes'
import { EventsPage } from '@/features/events/components/events-page'
import type { EventDeviceOption } from '@/features/events/components/events-table'
import type { EventsSearch } from '@/features/events/events-search'
import { lockChoice } from '@/lib/devices/device-identity'
import { filterNavigation } from './filter-navigation'

const route = getRouteApi('/events')

export function EventsRoute() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const devices = useQuery(devicesQueryOptions())
  const deviceOptions = useMemo<EventDeviceOption[]>(
    () =>
      (devices.data ?? []).map((d) => ({
        ...lockChoice(d),
        timeZone: d.location?.timezone,
      })),
    [devices.data],
  )
  const deviceIds = useMemo(() => deviceOptions.map((d) => d.deviceId), [deviceOptions])
  // Names for the codes in the log; shares the per-device cache with every other view.
  const { codes } = useWorkspaceAccessCodes(deviceIds)
  const names = useMemo(
    () => new Map(codes.map((code) => [code.access_code_id, code.name || 'Unnamed code'])),
    [codes],
  )
  const codeName = useCallback((id: string) => names.get(id), [names])

  return (
    <EventsPage
      search={search}
      devices={deviceOptions}
      codeName={codeName}
      onSearchChange={(patch: Partial<EventsSearch>) => void navigate(filterNavigation(patch))}
    />
  )
}
