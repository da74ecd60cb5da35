import { useState } from 'react'
import { getRouteApi, Link } from '@tanstack/react-router'
import { Card } from '@/components/ui/card'
import { ErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'
import { useDeviceAccessCodes } from '@/features/access-codes/api/list-access-codes'
import { StatusBadge } from '@/features/access-codes/components/status-badge'
import { useDevice } from '@/features/devices/api/get-device'
import { DeviceDetailPage } from '@/features/devices/components/device-detail-page'
import { UnmanagedCodeCount } from '@/features/devices/components/unmanaged-code-count'
import { EventHistory } from '@/features/events/components/event-history'

const route = getRouteApi('/devices/$deviceId')

/**
 * The lock's codes as a simple list, until the access-codes feature offers a table for one device.
 */
function DeviceCodes({ deviceId, timeZone }: { deviceId: string; timeZone: string }) {
  const codes = useDeviceAccessCodes(deviceId)
  const [now] = useState(() => Date.now())
  return (
    <Card title={codes.data ? `Access codes (${codes.data.length})` : 'Access codes'}>
      {codes.isPending ? (
        <div role="status" className="space-y-2">
          <span className="sr-only">Loading access codes…</span>
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      ) : codes.isError ? (
        <ErrorState
          title="Could not load the codes"
          error={codes.error}
          onRetry={() => void codes.refetch()}
        />
      ) : codes.data.length === 0 ? (
        <p className="text-sm text-slate-600">No access codes on this lock yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {codes.data.map((code) => (
            <li key={code.access_code_id} className="flex flex-wrap items-center gap-2 py-2">
              <Link
                to="/access-codes/$accessCodeId/edit"
                params={{ accessCodeId: code.access_code_id }}
                search={{ from: 'device' }}
                className="min-w-0 flex-1 truncate font-medium text-brand-700 hover:underline"
              >
                {code.name || 'Unnamed code'}
              </Link>
              <StatusBadge code={code} timeZone={timeZone} now={now} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}

export function DeviceDetailRoute() {
  const { deviceId } = route.useParams()
  // Shares the cache entry with the page; only used for the zone the codes are described in.
  const device = useDevice(deviceId)
  const timeZone =
    device.data?.location?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const found = device.isSuccess
  return (
    <DeviceDetailPage
      deviceId={deviceId}
      accessCodesSlot={found ? <DeviceCodes deviceId={deviceId} timeZone={timeZone} /> : null}
      unmanagedCodesSlot={found ? <UnmanagedCodeCount deviceId={deviceId} /> : null}
      recentEventsSlot={found ? <EventHistory deviceId={deviceId} title="Recent events" /> : null}
    />
  )
}
