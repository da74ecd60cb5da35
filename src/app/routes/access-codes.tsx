import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import type { AccessCodesSearch } from '@/features/access-codes/access-codes-search'
import { WorkspaceAccessCodesPage } from '@/features/access-codes/components/workspace-access-codes-page'

const route = getRouteApi('/access-codes')

/** Every access code in the workspace; the route owns the devices list and the URL view. */
export function AccessCodesRoute() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const devices = useQuery(devicesQueryOptions())
  return (
    <WorkspaceAccessCodesPage
      devices={devices.data}
      devicesError={devices.error}
      onRetryDevices={() => void devices.refetch()}
      search={search}
      onSearchChange={(next: AccessCodesSearch) =>
        void navigate({
          search: next,
          // Typing in the search box should not add a history entry per keystroke.
          replace: next.q !== search.q,
        })
      }
    />
  )
}
