import { lazy, Suspense } from 'react'
import { useQuery } from '@tanstack/react-query'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import { useCan, useIsSandbox } from '@/api/doorman-info'

// Its own chunk: a live workspace never loads it, and a demo does not wait for it.
const SandboxControls = lazy(() =>
  import('./sandbox-controls-with-devices').then((m) => ({
    default: m.SandboxControlsWithDevices,
  })),
)

/** The demo-controls drawer in the header, only on the sandbox and for roles that may use it. */
export function SandboxControlsSlot() {
  const mayControl = useCan('sandbox.control')
  const isSandbox = useIsSandbox() && mayControl
  const devices = useQuery({ ...devicesQueryOptions(), enabled: isSandbox })
  if (!isSandbox) return null
  return (
    <Suspense fallback={null}>
      <SandboxControls devices={devices.data} />
    </Suspense>
  )
}
