import { useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react'
import { CalendarPlus, ChevronLeft, ChevronRight } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'
import { zoneAbbreviation } from '@/lib/time/format'
import { useMediaQuery } from '@/lib/use-media-query'
import { shiftWindow, timeWindow, todayIn, ZOOMS, type Zoom } from '../lib/time-window'
import { createLaneBuilder } from '../lib/timeline-model'
import { MIN_LANE_HEIGHT } from './lane-geometry'
import { RangePicker } from './range-picker'
import { TimelineAgenda } from './timeline-agenda'
import { TimelineLanes } from './timeline-lanes'
import type { ScheduleTimelineProps, TimelineLock } from './timeline-types'
import { Panel, PanelHeader } from '@/components/ui/panel'

const noCodes: readonly AccessCode[] = []
const noLocks: readonly TimelineLock[] = []

const zoomLabel: Record<Zoom, string> = { day: 'Day', week: 'Week', month: 'Month' }

const rangeFormat = new Map<string, Intl.DateTimeFormat>()
function dayText(day: string, withYear: boolean) {
  const key = String(withYear)
  let f = rangeFormat.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: 'UTC',
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      ...(withYear ? { year: 'numeric' } : {}),
    })
    rangeFormat.set(key, f)
  }
  return f.format(Date.parse(`${day}T12:00:00Z`))
}

/** "Mon, Dec 1 – Sun, Dec 7, 2026", or one day. */
export function windowTitle(days: readonly string[]): string {
  const first = days[0]!
  const last = days[days.length - 1]!
  return first === last ? dayText(first, true) : `${dayText(first, false)} – ${dayText(last, true)}`
}

/**
 * Time-bound codes as bars on a time axis, one lane per lock: overlaps stacked in sub-lanes,
 * ongoing codes as a band, "no code" gaps between stays, a "now" line, and day / week / month
 * windows in the property's (or lock's) zone. Drag on a lane (or "Pick dates") to start a new
 * code for that window. Below 640 px it is a day-by-day agenda list.
 */
export function ScheduleTimeline(props: ScheduleTimelineProps) {
  const { title = 'Schedule', locks, codes, timeZone, view, onViewChange, now, loading } = props
  const headingId = useId()
  const narrow = useMediaQuery('(max-width: 639px)')
  const [picking, setPicking] = useState<string | null>(null)
  const pickerRef = useRef<HTMLDivElement>(null)
  // The button that opened the picker gets focus back when it is cancelled.
  const openerRef = useRef<HTMLElement | null>(null)
  const openPicker = useCallback((deviceId: string) => {
    openerRef.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null
    setPicking(deviceId)
  }, [])
  const cancelPicker = useCallback(() => {
    setPicking(null)
    openerRef.current?.focus()
  }, [])

  // The lanes draw from deferred values: a zoom, a page or a batch of arriving codes is drawn by
  // React in the background in slices of a few milliseconds (the buttons answer at once), instead
  // of one task that redraws a thousand bars. The first draw is the empty lanes.
  const zoom = useDeferredValue(view.zoom)
  const day = useDeferredValue(view.day)
  const shownCodes = useDeferredValue(codes, noCodes)
  // The page's first task draws the header and the empty axis; the lanes follow in slices.
  const shownLocks = useDeferredValue(locks, noLocks)
  const stale =
    zoom !== view.zoom || day !== view.day || shownCodes !== codes || shownLocks !== locks
  const window = useMemo(() => timeWindow(zoom, day, timeZone), [zoom, day, timeZone])
  const [laneFor] = useState(() => createLaneBuilder<AccessCode>())
  const lanes = useMemo(() => {
    const byLock = new Map<string, AccessCode[]>(shownLocks.map((l) => [l.deviceId, []]))
    for (const c of shownCodes) byLock.get(c.device_id)?.push(c)
    const range = { start: window.start, end: window.end }
    return shownLocks.map((lock) => ({
      lock,
      model: laneFor(lock.deviceId, byLock.get(lock.deviceId) ?? [], range),
    }))
  }, [shownLocks, shownCodes, window, laneFor])

  const go = (direction: -1 | 1) =>
    onViewChange({ zoom: view.zoom, day: shiftWindow(view.zoom, view.day, direction) })
  const today = todayIn(now, timeZone)
  const zone = `${timeZone} (${zoneAbbreviation(window.start, timeZone)})`
  const visibleBars = lanes.reduce((n, l) => n + l.model.bars.length, 0)

  return (
    <Panel headingId={headingId} aria-busy={loading || stale ? true : undefined}>
      <PanelHeader className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          <p className="text-sm text-slate-600">
            Times in {zone}
            {loading ? ' · loading codes…' : ''}
          </p>
        </div>
        <div
          role="group"
          aria-label="Zoom"
          className="flex rounded-lg border border-slate-300 p-0.5"
        >
          {ZOOMS.map((z) => (
            <button
              key={z}
              type="button"
              aria-pressed={view.zoom === z}
              onClick={() => onViewChange({ zoom: z, day: view.day })}
              className={cn(
                'rounded-md px-3 py-1 text-sm font-medium',
                view.zoom === z ? 'bg-brand-600 text-white' : 'text-slate-700 hover:bg-slate-100',
              )}
            >
              {zoomLabel[z]}
            </button>
          ))}
        </div>
        <div className="flex items-center gap-1">
          <Button
            variant="secondary"
            size="sm"
            aria-label={`Previous ${view.zoom}`}
            onClick={() => go(-1)}
          >
            <ChevronLeft aria-hidden="true" className="size-4" />
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => onViewChange({ zoom: view.zoom, day: today })}
          >
            Today
          </Button>
          <Button
            variant="secondary"
            size="sm"
            aria-label={`Next ${view.zoom}`}
            onClick={() => go(1)}
          >
            <ChevronRight aria-hidden="true" className="size-4" />
          </Button>
        </div>
      </PanelHeader>
      <p aria-live="polite" className="px-4 pt-3 text-sm font-medium text-slate-900">
        {windowTitle(window.days)}
        <span className="font-normal text-slate-600">
          {' '}
          · {visibleBars} {visibleBars === 1 ? 'stay' : 'stays'} shown
        </span>
      </p>
      {picking !== null ? (
        <div ref={pickerRef} className="px-4 pt-3">
          <RangePicker
            locks={locks}
            deviceId={picking}
            window={window}
            now={now}
            zoom={view.zoom}
            onCancel={cancelPicker}
            onSubmit={(range) => {
              setPicking(null)
              props.onCreate(range)
            }}
          />
        </div>
      ) : null}
      <div className="p-4">
        {narrow ? (
          <TimelineAgenda
            lanes={lanes}
            window={window}
            present={props.present}
            editReturn={props.editReturn}
            now={now}
          />
        ) : (
          <TimelineLanes
            // Room for every lane before they are drawn, so what is below stays out of sight
            // (and undrawn) while they load.
            minHeight={locks.length * MIN_LANE_HEIGHT}
            lanes={lanes}
            window={window}
            now={now}
            present={props.present}
            editReturn={props.editReturn}
            onCreate={props.onCreate}
            onPick={openPicker}
          />
        )}
        {narrow ? (
          <div className="mt-3">
            <Button
              variant="secondary"
              size="sm"
              onClick={() => openPicker(locks[0]?.deviceId ?? '')}
            >
              <CalendarPlus aria-hidden="true" className="size-4" />
              Pick dates for a new code
            </Button>
          </div>
        ) : null}
      </div>
    </Panel>
  )
}
