import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import { lockChoice } from '@/lib/devices/device-identity'
import { AuditPage } from '@/features/team/components/audit-page'
import type { AuditSearch } from '@/features/team/audit-search'
import { filterNavigation } from './filter-navigation'

const route = getRouteApi('/audit')

/** `/audit?actor=&action=&device_id=&access_code_id=&range=&from=&to=`: the audit log. */
export function AuditRoute() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const devices = useQuery(devicesQueryOptions())
  const locks = useMemo(() => (devices.data ?? []).map(lockChoice), [devices.data])
  return (
    <AuditPage
      search={search}
      locks={locks}
      onSearchChange={(patch: Partial<AuditSearch>) => void navigate(filterNavigation(patch))}
    />
  )
}
