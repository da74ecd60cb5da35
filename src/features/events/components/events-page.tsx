import { X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { RefreshButton } from '@/components/ui/refresh-button'
import { EmptyState } from '@/components/ui/empty-state'
import { QueryErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { ExportCsvButton } from '@/components/data-table/export-csv-button'
import { eventCsvColumns } from '../lib/event-csv'
import { EVENTS_REFRESH_MS, loadOlder, useEvents } from '../api/list-events'
import type { EventsSearch } from '../events-search'
import { anyTimeWindowLabel, filtersFromSearch, hasEventFilters } from '../events-filters'
import { formatDateTime } from '@/lib/time/format'
import { viewerTimeZone } from '@/lib/time/zones'
import { EventsFilterForm } from './events-filter-form'
import { EventsTable, type EventDeviceOption } from './events-table'

const LOAD_MORE_STEP = 200

/** The workspace's event log: filters in the URL, newest first, refreshing while visible. */
export function EventsPage({
  search,
  onSearchChange,
  devices,
  codeName,
}: {
  search: EventsSearch
  onSearchChange: (patch: Partial<EventsSearch>) => void
  devices: readonly EventDeviceOption[]
  /** A readable name for an access code id, when the app knows it. */
  codeName?: ((accessCodeId: string) => string | undefined) | undefined
}) {
  const filters = filtersFromSearch(search)
  const events = useEvents(filters)
  const anyTimeWindow = anyTimeWindowLabel(filters)
  const older = events.data
    ? loadOlder(filters, events.data.length, { step: LOAD_MORE_STEP })
    : undefined
  const loadOlderButton = older ? (
    <Button onClick={() => onSearchChange(older)} disabled={events.isFetching}>
      Load older events
    </Button>
  ) : null
  const deviceById = new Map(devices.map((d) => [d.deviceId, d]))
  const hasFilters = hasEventFilters(search)

  return (
    <div>
      <PageHeader
        title="Events"
        description={`What happened to locks and access codes, newest first. Refreshes every ${EVENTS_REFRESH_MS / 1000} seconds while this page is open.`}
        actions={
          <div className="flex flex-wrap gap-2">
            <ExportCsvButton
              table="events"
              rows={() =>
                (events.data ?? []).map((event) => ({
                  event,
                  device: event.device_id ? deviceById.get(event.device_id) : undefined,
                  codeName: event.access_code_id ? codeName?.(event.access_code_id) : undefined,
                }))
              }
              count={events.data?.length ?? 0}
              columns={eventCsvColumns()}
              scope={`filters: ${JSON.stringify(search)}`}
              noun="events"
              disabled={!events.data}
            />
            <RefreshButton
              onRefresh={() => void events.refetch()}
              refreshing={events.isFetching}
              label="Refresh events"
            />
          </div>
        }
      />

      <EventsFilterForm search={search} onSearchChange={onSearchChange} devices={devices} />

      {search.code ? (
        <p className="mb-4 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          Showing the history of access code{' '}
          <strong className="font-medium text-slate-900">
            {codeName?.(search.code) ?? search.code}
          </strong>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onSearchChange({ code: undefined })}
            aria-label="Show events for all access codes"
          >
            <X aria-hidden="true" className="size-4" /> All codes
          </Button>
        </p>
      ) : null}

      {events.isPending ? (
        <PageSkeleton label="Loading events" />
      ) : events.isError && !events.data ? (
        <QueryErrorState title="Could not load events" query={events} />
      ) : events.data.length === 0 ? (
        <EmptyState
          title={
            hasFilters || !anyTimeWindow
              ? 'No events match these filters'
              : `No events in ${anyTimeWindow}`
          }
        >
          <p>
            {hasFilters
              ? 'Try a wider time range or clear the filters.'
              : 'Nothing has happened in that time.'}
          </p>
          {loadOlderButton ? <div className="mt-3">{loadOlderButton}</div> : null}
        </EmptyState>
      ) : (
        <>
          {events.isError ? (
            <p role="status" className="mb-2 text-sm text-amber-800">
              Refreshing failed ({events.error.message}); showing the last events loaded.
            </p>
          ) : null}
          <EventsTable
            events={events.data}
            deviceById={deviceById}
            codeName={codeName}
            onShowCode={(code) => onSearchChange({ code })}
          />
          <div className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
            <p>
              Showing the {events.data.length} most recent events
              {anyTimeWindow ? ` from ${anyTimeWindow}` : ''}
              {events.dataUpdatedAt
                ? `, updated ${formatDateTime(events.dataUpdatedAt, viewerTimeZone(), { seconds: true, zoneName: true })}`
                : ''}
              .
            </p>
            {loadOlderButton}
          </div>
        </>
      )}
    </div>
  )
}
