import { lazy, useCallback, useMemo } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useDeviceAccessCodes } from '@/features/access-codes/api/list-access-codes'
import { DeviceAccessCodesTable } from '@/features/access-codes/components/device-access-codes-table'
import { useDevice } from '@/features/devices/api/get-device'
import { DeviceDetailPage } from '@/features/devices/components/device-detail-page'
import { deviceName } from '@/lib/devices/device-identity'
import { HistoryOfChangesLink } from '@/features/team/components/history-link'
import type { TimelineView } from '@/features/timeline/components/timeline-types'
import type { CreateFromRange } from '@/features/timeline/lib/selection'
import { todayIn } from '@/features/timeline/lib/time-window'
import { lockTimeZone } from '@/lib/time/zones'
import { useNow } from '@/lib/use-now'
import type { AccessCode } from '@/api/schemas/access-code'
import { RenderAfterFirstCommit } from '@/components/ui/render-after-first-commit'
import { useStatusPresenter } from './code-status'

// The panels around the table load as their own chunk, after the table's first commit: their code
// (the schedule, the event schemas and catalogue, the unmanaged codes) was ~50 kB that every lock
// page evaluated before its first row (issue #19).
const ScheduleTimeline = lazy(() =>
  import('@/features/timeline/components/schedule-timeline').then((m) => ({
    default: m.ScheduleTimeline,
  })),
)
const UnmanagedCodesPanel = lazy(() =>
  import('@/features/unmanaged-codes/components/unmanaged-codes-panel').then((m) => ({
    default: m.UnmanagedCodesPanel,
  })),
)
const EventHistory = lazy(() =>
  import('@/features/events/components/event-history').then((m) => ({
    default: m.EventHistory,
  })),
)

const route = getRouteApi('/devices/$deviceId')
const noCodes: AccessCode[] = []
/**
 * About what the panels below the codes table take on first paint (px), held so the page below
 * them does not jump when they arrive. The schedule with one lane measured 327 px at 1440 px
 * wide; on a phone it lists days and grows with the stays.
 */
const TIMELINE_HEIGHT = 320
const PANEL_HEIGHT = 160

/**
 * One lock: its details, its schedule timeline, its managed codes (the shared table), its
 * unmanaged codes and its history.
 */
export function DeviceDetailRoute() {
  const { deviceId } = route.useParams()
  const search = route.useSearch()
  const navigate = useNavigate()
  // Shares the cache entry with the page; the table needs the device for its zone and rules.
  const device = useDevice(deviceId)
  const found = device.data
  // The same per-lock cache entry the table and the poller use.
  const codes = useDeviceAccessCodes(deviceId)
  const now = useNow()
  const devices = useMemo(() => (found ? [found] : []), [found])
  const present = useStatusPresenter(devices, now)
  const zone = lockTimeZone(found?.location?.timezone)
  const locks = useMemo(
    () => (found ? [{ deviceId: found.device_id, name: deviceName(found), timeZone: zone }] : []),
    [found, zone],
  )
  const view: TimelineView = { zoom: search.zoom ?? 'week', day: search.day ?? todayIn(now, zone) }
  const onViewChange = useCallback(
    (next: TimelineView) =>
      void navigate({
        to: '/devices/$deviceId',
        params: { deviceId },
        search: { zoom: next.zoom, day: next.day },
        replace: true,
      }),
    [navigate, deviceId],
  )
  const onCreate = useCallback(
    (range: CreateFromRange) =>
      void navigate({ to: '/access-codes/new', search: { ...range, from: 'device' } }),
    [navigate],
  )

  return (
    <DeviceDetailPage
      deviceId={deviceId}
      headerActionsSlot={<HistoryOfChangesLink deviceId={deviceId} />}
      // The table's first rows commit alone; the panels below it render right after, their
      // code loaded then (issue #19), each holding about its height meanwhile.
      timelineSlot={
        found ? (
          <RenderAfterFirstCommit placeholderHeight={TIMELINE_HEIGHT} label="Loading the schedule">
            <ScheduleTimeline
              title="Schedule"
              locks={locks}
              codes={codes.data ?? noCodes}
              timeZone={zone}
              view={view}
              onViewChange={onViewChange}
              now={now}
              present={present}
              editReturn={{ from: 'device' }}
              onCreate={onCreate}
              loading={codes.isPending}
            />
          </RenderAfterFirstCommit>
        ) : null
      }
      accessCodesSlot={
        found ? <DeviceAccessCodesTable device={found} showNewCodeButton={false} /> : null
      }
      unmanagedCodesSlot={
        found ? (
          <RenderAfterFirstCommit placeholderHeight={PANEL_HEIGHT} label="Loading unmanaged codes">
            <UnmanagedCodesPanel deviceId={deviceId} timeZone={zone} />
          </RenderAfterFirstCommit>
        ) : null
      }
      recentEventsSlot={
        found ? (
          <RenderAfterFirstCommit placeholderHeight={PANEL_HEIGHT} label="Loading recent events">
            <EventHistory deviceId={deviceId} title="Recent events" timeZone={zone} />
          </RenderAfterFirstCommit>
        ) : null
      }
    />
  )
}
