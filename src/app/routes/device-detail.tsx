import { getRouteApi } from '@tanstack/react-router'
import { DeviceAccessCodesTable } from '@/features/access-codes/components/device-access-codes-table'
import { useDevice } from '@/features/devices/api/get-device'
import { DeviceDetailPage } from '@/features/devices/components/device-detail-page'
import { EventHistory } from '@/features/events/components/event-history'
import { UnmanagedCodesPanel } from '@/features/unmanaged-codes/components/unmanaged-codes-panel'

const route = getRouteApi('/devices/$deviceId')

/** One lock: its details, its managed codes (the shared table), its unmanaged codes and its history. */
export function DeviceDetailRoute() {
  const { deviceId } = route.useParams()
  // Shares the cache entry with the page; the table needs the device for its zone and rules.
  const device = useDevice(deviceId)
  const found = device.data
  return (
    <DeviceDetailPage
      deviceId={deviceId}
      accessCodesSlot={
        found ? <DeviceAccessCodesTable device={found} showNewCodeButton={false} /> : null
      }
      unmanagedCodesSlot={found ? <UnmanagedCodesPanel deviceId={deviceId} /> : null}
      recentEventsSlot={found ? <EventHistory deviceId={deviceId} title="Recent events" /> : null}
    />
  )
}
