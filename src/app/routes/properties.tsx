import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useWorkspaceAccessCodes } from '@/features/access-codes/api/use-workspace-access-codes'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import { PropertiesPage } from '@/features/properties/components/properties-page'
import { useNow } from '@/lib/use-now'
import { useStatusPresenter } from './code-status'

/** `/properties`: the locks and their codes (the shared per-lock cache) grouped by property. */
export function PropertiesRoute() {
  const devices = useQuery(devicesQueryOptions())
  const deviceIds = useMemo(() => (devices.data ?? []).map((d) => d.device_id), [devices.data])
  const workspace = useWorkspaceAccessCodes(deviceIds)
  const now = useNow()
  const present = useStatusPresenter(devices.data, now)
  return (
    <PropertiesPage
      devices={devices.data}
      devicesError={devices.error}
      onRetryDevices={() => void devices.refetch()}
      codes={workspace.codes}
      codesLoading={workspace.isLoadingMore}
      present={present}
      now={now}
    />
  )
}
