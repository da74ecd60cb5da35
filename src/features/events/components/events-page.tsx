import { useLayoutEffect, useRef, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { RefreshCw, X } from 'lucide-react'
import type { SeamEvent } from '@/api/schemas/event'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { EVENT_CATALOGUE } from '@/lib/catalogue/event-catalogue'
import {
  EVENTS_REFRESH_MS,
  anyTimeDays,
  loadOlder,
  useEvents,
  usesAnyTimeWindow,
  type EventRange,
} from '../api/list-events'
import type { EventsSearch } from '../events-search'
import { EVENT_TYPE_GROUPS, customRangeError, filtersFromSearch } from '../events-filters'
import { formatInstant, fromLocalInputValue, toLocalInputValue } from '../format-time'
import { EventSummary } from './event-summary'
import { FilterSelectField, SelectField, fieldClass } from '@/components/ui/select-field'

export type EventDeviceOption = {
  deviceId: string
  name: string
  /** The property (location) name, when Seam knows it. */
  location?: string | undefined
}

const RANGE_LABELS: Record<EventRange, string> = {
  all: 'Any time',
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  custom: 'Custom range…',
}

const LOAD_MORE_STEP = 200

const accessCodeTypes = Object.entries(EVENT_CATALOGUE).filter(([t]) =>
  t.startsWith('access_code.'),
)
const deviceTypes = Object.entries(EVENT_CATALOGUE).filter(([t]) => t.startsWith('device.'))

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
  const rangeError = customRangeError(search)
  const filters = filtersFromSearch(search)
  const events = useEvents(filters)
  // Seam needs a window on every request: "Any time" is the last `days` days.
  const anyTimeWindow = usesAnyTimeWindow(filters) ? `the last ${anyTimeDays(filters)} days` : null
  const older = events.data
    ? loadOlder(filters, events.data.length, { step: LOAD_MORE_STEP })
    : undefined
  const loadOlderButton = older ? (
    <Button onClick={() => onSearchChange(older)} disabled={events.isFetching}>
      Load older events
    </Button>
  ) : null
  const deviceById = new Map(devices.map((d) => [d.deviceId, d]))
  const hasFilters =
    search.type !== undefined ||
    search.device !== undefined ||
    search.code !== undefined ||
    search.range !== 'all'

  return (
    <div>
      <PageHeader
        title="Events"
        description={`What happened to locks and access codes, newest first. Refreshes every ${EVENTS_REFRESH_MS / 1000} seconds while this page is open.`}
        actions={
          <Button
            size="sm"
            onClick={() => void events.refetch()}
            disabled={events.isFetching}
            aria-label="Refresh events"
          >
            <RefreshCw
              aria-hidden="true"
              className={events.isFetching ? 'size-4 motion-safe:animate-spin' : 'size-4'}
            />
            Refresh
          </Button>
        }
      />

      <form
        role="search"
        aria-label="Filter events"
        className="mb-4 grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4 lg:grid-cols-4"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          className="col-span-2 lg:col-span-1"
          label="Event type"
          value={search.type ?? ''}
          onChange={(e) => onSearchChange({ type: e.target.value || undefined })}
        >
          <option value="">All events</option>
          {Object.entries(EVENT_TYPE_GROUPS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          <optgroup label="Access codes">
            {accessCodeTypes.map(([type, d]) => (
              <option key={type} value={type}>
                {d.title}
              </option>
            ))}
          </optgroup>
          <optgroup label="Devices">
            {deviceTypes.map(([type, d]) => (
              <option key={type} value={type}>
                {d.title}
              </option>
            ))}
          </optgroup>
          {search.type && !search.type.endsWith('.*') && !EVENT_CATALOGUE[search.type] ? (
            <option value={search.type}>{search.type}</option>
          ) : null}
        </SelectField>
        <FilterSelectField
          label="Device"
          allLabel="All devices"
          value={search.device}
          options={devices.map((d) => ({
            value: d.deviceId,
            label: d.location ? `${d.name} — ${d.location}` : d.name,
          }))}
          onChange={(device) => onSearchChange({ device })}
          unknownLabel={(id) => `Unknown device (${id})`}
        />
        <SelectField
          label="Time range"
          value={search.range}
          onChange={(e) => onSearchChange({ range: e.target.value as EventRange })}
        >
          {Object.entries(RANGE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <div className="col-span-2 flex items-end lg:col-span-1">
          <Button
            className="w-full sm:w-auto"
            disabled={!hasFilters}
            onClick={() =>
              onSearchChange({
                type: undefined,
                device: undefined,
                code: undefined,
                range: 'all',
                from: undefined,
                to: undefined,
              })
            }
          >
            Clear filters
          </Button>
        </div>
        {search.range === 'custom' ? (
          <fieldset className="col-span-2 grid gap-3 sm:grid-cols-2 lg:col-span-4">
            <legend className="sr-only">Custom time range</legend>
            <label className="block text-sm font-medium text-slate-700">
              From
              <input
                type="datetime-local"
                className={fieldClass}
                defaultValue={toLocalInputValue(search.from)}
                aria-invalid={rangeError ? true : undefined}
                aria-describedby={rangeError ? 'events-range-error' : undefined}
                onChange={(e) => onSearchChange({ from: fromLocalInputValue(e.target.value) })}
              />
            </label>
            <label className="block text-sm font-medium text-slate-700">
              To
              <input
                type="datetime-local"
                className={fieldClass}
                defaultValue={toLocalInputValue(search.to)}
                aria-invalid={rangeError ? true : undefined}
                aria-describedby={rangeError ? 'events-range-error' : undefined}
                onChange={(e) => onSearchChange({ to: fromLocalInputValue(e.target.value) })}
              />
            </label>
            {rangeError ? (
              <p
                id="events-range-error"
                role="alert"
                className="text-sm font-medium text-red-700 sm:col-span-2"
              >
                {rangeError} Showing events from {anyTimeWindow ?? 'any time'} until it is fixed.
              </p>
            ) : null}
          </fieldset>
        ) : null}
      </form>

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
        <ErrorState
          title="Could not load events"
          error={events.error}
          onRetry={() => void events.refetch()}
        />
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
                ? `, updated ${formatInstant(new Date(events.dataUpdatedAt).toISOString())}`
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

/** A real table, virtualized against the window so thousands of rows stay smooth. */
function EventsTable({
  events,
  deviceById,
  codeName,
  onShowCode,
}: {
  events: readonly SeamEvent[]
  deviceById: ReadonlyMap<string, EventDeviceOption>
  codeName?: ((accessCodeId: string) => string | undefined) | undefined
  onShowCode: (accessCodeId: string) => void
}) {
  const wrapperRef = useRef<HTMLDivElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  // The table's distance from the top of the page, which the window virtualizer needs. It moves
  // when the filters above it wrap or open the custom range, so watch the page's size.
  useLayoutEffect(() => {
    const measure = () => {
      const el = wrapperRef.current
      if (!el) return
      const top = Math.round(el.getBoundingClientRect().top + window.scrollY)
      setScrollMargin((old) => (Math.abs(old - top) > 1 ? top : old))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [])
  const virtualizer = useWindowVirtualizer({
    count: events.length,
    estimateSize: () => 72,
    overscan: 12,
    scrollMargin,
    getItemKey: (index) => events[index]!.event_id,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]
  const paddingTop = first ? first.start - scrollMargin : 0
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0

  return (
    <div
      ref={wrapperRef}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Events, newest first</caption>
        <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="hidden px-4 py-2 whitespace-nowrap sm:table-cell">
              When
            </th>
            <th scope="col" className="px-4 py-2">
              <span className="sm:hidden">When and event</span>
              <span className="max-sm:hidden">Event</span>
            </th>
            <th scope="col" className="hidden px-4 py-2 md:table-cell">
              Device
            </th>
            <th scope="col" className="hidden px-4 py-2 md:table-cell">
              Access code
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {paddingTop > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={4} style={{ height: paddingTop, padding: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const event = events[item.index]!
            const device = event.device_id ? deviceById.get(event.device_id) : undefined
            return (
              <tr
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="align-top"
              >
                <td className="hidden px-4 py-3 whitespace-nowrap text-slate-600 tabular-nums sm:table-cell">
                  <time dateTime={event.occurred_at}>{formatInstant(event.occurred_at)}</time>
                </td>
                <td className="px-4 py-3">
                  <time
                    dateTime={event.occurred_at}
                    className="mb-1 block text-xs text-slate-600 tabular-nums sm:hidden"
                  >
                    {formatInstant(event.occurred_at)}
                  </time>
                  <EventSummary event={event} />
                  <div className="mt-1 space-y-0.5 text-xs text-slate-600 md:hidden">
                    <DeviceCell deviceId={event.device_id} device={device} />
                    <CodeCell event={event} codeName={codeName} onShowCode={onShowCode} />
                  </div>
                </td>
                <td className="hidden px-4 py-3 md:table-cell">
                  <DeviceCell deviceId={event.device_id} device={device} />
                </td>
                <td className="hidden px-4 py-3 md:table-cell">
                  <CodeCell event={event} codeName={codeName} onShowCode={onShowCode} />
                </td>
              </tr>
            )
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={4} style={{ height: paddingBottom, padding: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}

function DeviceCell({
  deviceId,
  device,
}: {
  deviceId: string | undefined
  device: EventDeviceOption | undefined
}) {
  if (!deviceId) return <span className="text-slate-500">—</span>
  return (
    <span>
      <Link
        to="/devices/$deviceId"
        params={{ deviceId }}
        className="font-medium text-brand-700 hover:underline"
      >
        {device?.name ?? 'Unknown device'}
      </Link>
      {device?.location ? (
        <span className="block text-xs text-slate-500">{device.location}</span>
      ) : null}
    </span>
  )
}

function CodeCell({
  event,
  codeName,
  onShowCode,
}: {
  event: SeamEvent
  codeName?: ((accessCodeId: string) => string | undefined) | undefined
  onShowCode: (accessCodeId: string) => void
}) {
  const id = event.access_code_id
  if (!id) return <span className="text-slate-500 max-md:hidden">—</span>
  const name = codeName?.(id) ?? (event.code ? `Code ${event.code}` : 'Access code')
  return (
    <button
      type="button"
      className="text-left font-medium text-brand-700 hover:underline"
      onClick={() => onShowCode(id)}
      title="Show only this code's events"
    >
      {name}
      <span className="sr-only">: show only this code’s events</span>
    </button>
  )
}
