import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import { SandboxControls } from '@/features/sandbox-controls/components/sandbox-controls'
import { useIsSandbox } from '@/features/workspace/api/get-backend-info'

/** The demo-controls drawer in the header, only when the backend is the sandbox. */
export function SandboxControlsSlot() {
  const isSandbox = useIsSandbox()
  const devices = useQuery({ ...devicesQueryOptions(), enabled: isSandbox })
  const options = useMemo(
    () =>
      devices.data?.map((d) => ({
        deviceId: d.device_id,
        name: d.display_name || d.properties.name || d.device_id,
        location: d.location?.location_name,
        online: d.properties.online,
      })),
    [devices.data],
  )
  if (!isSandbox) return null
  return <SandboxControls devices={options} />
}
