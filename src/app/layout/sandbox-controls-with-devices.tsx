import { useMemo } from 'react'
import type { Device } from '@/api/schemas/device'
import { lockChoice } from '@/lib/devices/device-identity'
import { SandboxControls } from '@/features/sandbox-controls/components/sandbox-controls'

/**
 * The demo controls with the workspace's locks as the drawer lists them. Loaded lazily with the
 * drawer (sandbox-controls-slot.tsx), so naming the locks adds nothing to the first page's JS.
 */
export function SandboxControlsWithDevices({
  devices,
}: {
  devices: readonly Device[] | undefined
}) {
  const options = useMemo(
    () => devices?.map((d) => ({ ...lockChoice(d), online: d.properties.online })),
    [devices],
  )
  return <SandboxControls devices={options} />
}
