import { useCallback, useDeferredValue, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { AccessCode } from '@/api/schemas/access-code'
import { QueryErrorState } from '@/components/ui/error-state'
import { RenderWhenNear } from '@/components/ui/render-when-near'
import { PageSkeleton } from '@/components/ui/skeleton'
import { useWorkspaceAccessCodes } from '@/features/access-codes/api/use-workspace-access-codes'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import { DevicesTable } from '@/features/devices/components/devices-page'
import type { DevicesSearch } from '@/features/devices/devices-search'
import { deviceName } from '@/lib/devices/device-identity'
import {
  PropertyDetailPage,
  PropertyNotFound,
} from '@/features/properties/components/property-detail-page'
import { groupProperties } from '@/features/properties/lib/properties'
import { ScheduleTimeline } from '@/features/timeline/components/schedule-timeline'
import type { TimelineView } from '@/features/timeline/components/timeline-types'
import type { CreateFromRange } from '@/features/timeline/lib/selection'
import { todayIn } from '@/features/timeline/lib/time-window'
import { lockTimeZone, viewerTimeZone } from '@/lib/time/zones'
import { useNow } from '@/lib/use-now'
import { useThrottledValue } from '@/lib/use-throttled-value'
import { useStatusPresenter } from './code-status'

const noCodes: AccessCode[] = []

const route = getRouteApi('/properties/$propertyId')

const shortName = (name: string, propertyName: string | undefined) => {
  if (!propertyName || !name.startsWith(propertyName)) return name
  return name.slice(propertyName.length).replace(/^\s*[–—-]\s*/, '') || name
}

/** One property: its numbers, its schedule timeline, its locks (the devices table) and problems. */
export function PropertyDetailRoute() {
  const { propertyId } = route.useParams()
  const search = route.useSearch()
  const navigate = useNavigate()
  const devices = useQuery(devicesQueryOptions())
  const property = useMemo(
    () => groupProperties(devices.data ?? []).find((p) => p.id === propertyId),
    [devices.data, propertyId],
  )
  const deviceIds = useMemo(() => (property?.devices ?? []).map((d) => d.device_id), [property])
  const workspace = useWorkspaceAccessCodes(deviceIds)
  // While the locks' lists stream in (one answer per lock, 80 on a big property), the page
  // redraws at most every 500 ms instead of once per answer; after that every change (a poll
  // turning a bar from "setting" to "set") shows at once.
  // Deferred too: the cards, problems and timeline that count them redraw in the background, in
  // slices, while the page keeps answering; the first draw has no codes.
  const codes = useDeferredValue(
    useThrottledValue(workspace.codes, 500, !workspace.isLoadingMore),
    noCodes,
  )
  const codesLoading = workspace.isLoadingMore || codes !== workspace.codes
  const now = useNow()
  const present = useStatusPresenter(devices.data, now)
  const zone = property?.timeZone ?? viewerTimeZone()

  const locks = useMemo(
    () =>
      (property?.devices ?? []).map((d) => ({
        deviceId: d.device_id,
        // "Harborview Lofts – Unit 1A" reads as "Unit 1A" on Harborview Lofts' own page.
        name: shortName(deviceName(d), property?.name),
        timeZone: lockTimeZone(d.location?.timezone, zone),
      })),
    [property, zone],
  )
  const codeCounts = useMemo(() => {
    const counts = new Map<string, number>()
    for (const code of codes) counts.set(code.device_id, (counts.get(code.device_id) ?? 0) + 1)
    return counts
  }, [codes])

  const view: TimelineView = { zoom: search.zoom ?? 'week', day: search.day ?? todayIn(now, zone) }
  const onViewChange = useCallback(
    (next: TimelineView) =>
      void navigate({
        to: '/properties/$propertyId',
        params: { propertyId },
        search: { ...search, zoom: next.zoom, day: next.day },
        replace: true,
      }),
    [navigate, propertyId, search],
  )
  const editReturn = useMemo(() => ({ from: 'property' as const, propertyId }), [propertyId])
  const onCreate = useCallback(
    (range: CreateFromRange) =>
      void navigate({
        to: '/access-codes/new',
        search: { ...range, from: 'property', propertyId },
      }),
    [navigate, propertyId],
  )
  const onTableSearch = useCallback(
    (next: DevicesSearch) =>
      void navigate({
        to: '/properties/$propertyId',
        params: { propertyId },
        search: { ...next, zoom: search.zoom, day: search.day },
        replace: true,
      }),
    [navigate, propertyId, search.zoom, search.day],
  )

  // The table's view keeps its identity while only the timeline's zoom/day change, so a zoom
  // does not rebuild the locks table.
  const { q, sort, dir, online, manufacturer, issues } = search
  const tableSearch = useMemo<DevicesSearch>(
    () => ({ q, sort, dir, online, manufacturer, issues }),
    [q, sort, dir, online, manufacturer, issues],
  )

  if (devices.isPending) return <PageSkeleton label="Loading property" />
  if (devices.isError && !devices.data)
    return <QueryErrorState title="Could not load the locks" query={devices} />
  if (!property) return <PropertyNotFound propertyId={propertyId} />

  return (
    <PropertyDetailPage
      property={property}
      codes={codes}
      codesLoading={codesLoading}
      present={present}
      now={now}
      timelineSlot={
        <ScheduleTimeline
          title="Schedule"
          locks={locks}
          codes={codes}
          timeZone={zone}
          view={view}
          onViewChange={onViewChange}
          now={now}
          present={present}
          editReturn={editReturn}
          onCreate={onCreate}
          loading={codesLoading}
        />
      }
      locksSlot={
        // Below the timeline, so out of sight on load: the table (which measures its rows)
        // is drawn when it comes near, not while the timeline is being drawn.
        <RenderWhenNear
          label="Locks table, drawn when scrolled into view"
          placeholderHeight={160 + property.devices.length * 48}
        >
          <DevicesTable
            devices={property.devices}
            loading={false}
            search={tableSearch}
            onSearchChange={onTableSearch}
            codeCounts={codeCounts}
            caption="Locks"
            searchLabel="Search locks"
          />
        </RenderWhenNear>
      }
    />
  )
}
