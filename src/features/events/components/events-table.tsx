import { useLayoutEffect, useRef, useState } from 'react'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import type { SeamEvent } from '@/api/schemas/event'
import { formatDateTime } from '@/lib/time/format'
import { EventSummary } from './event-summary'
import { TableHead, type TableHeadColumn } from '@/components/ui/table-head'
import { DeviceLink } from '@/components/ui/device-link'

export type EventDeviceOption = {
  deviceId: string
  name: string
  /** The property (location) name, when Seam knows it. */
  location?: string | undefined
  /** The lock's IANA zone, when it has one: its events are shown in it (see `lockTimeZone`). */
  timeZone?: string | undefined
}

/** An event's time at its lock, to the second, with the zone's name. */
const eventTime = (occurredAt: string, device: EventDeviceOption | undefined) =>
  formatDateTime(occurredAt, device?.timeZone, { seconds: true, zoneName: true })

const EVENT_COLUMNS: TableHeadColumn[] = [
  { label: 'When', className: 'hidden whitespace-nowrap sm:table-cell' },
  {
    label: 'Event',
    content: (
      <>
        <span className="sm:hidden">When and event</span>
        <span className="max-sm:hidden">Event</span>
      </>
    ),
  },
  { label: 'Device', className: 'hidden md:table-cell' },
  { label: 'Access code', className: 'hidden md:table-cell' },
]

/** A real table, virtualized against the window so thousands of rows stay smooth. */
export function EventsTable({
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
        <TableHead columns={EVENT_COLUMNS} />
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
                  <time dateTime={event.occurred_at}>{eventTime(event.occurred_at, device)}</time>
                </td>
                <td className="px-4 py-3">
                  <time
                    dateTime={event.occurred_at}
                    className="mb-1 block text-xs text-slate-600 tabular-nums sm:hidden"
                  >
                    {eventTime(event.occurred_at, device)}
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
      <DeviceLink deviceId={deviceId} className="font-medium">
        {device?.name ?? 'Unknown device'}
      </DeviceLink>
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
