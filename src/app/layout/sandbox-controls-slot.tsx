import { lazy, Suspense, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import { useCan, useIsSandbox } from '@/api/doorman-info'
import { deviceName, locationName } from '@/lib/devices/device-identity'

// Its own chunk: a live workspace never loads it, and a demo does not wait for it.
const SandboxControls = lazy(() =>
  import('@/features/sandbox-controls/components/sandbox-controls').then((m) => ({
    default: m.SandboxControls,
  })),
)

/** The demo-controls drawer in the header, only on the sandbox and for roles that may use it. */
export function SandboxControlsSlot() {
  const mayControl = useCan('sandbox.control')
  const isSandbox = useIsSandbox() && mayControl
  const devices = useQuery({ ...devicesQueryOptions(), enabled: isSandbox })
  const options = useMemo(
    () =>
      devices.data?.map((d) => ({
        deviceId: d.device_id,
        name: deviceName(d),
        location: locationName(d),
        online: d.properties.online,
      })),
    [devices.data],
  )
  if (!isSandbox) return null
  return (
    <Suspense fallback={null}>
      <SandboxControls devices={options} />
    </Suspense>
  )
}
