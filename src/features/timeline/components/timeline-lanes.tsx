import {
  memo,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react'
import { AlertOctagon, AlertTriangle, CalendarPlus } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import { SpriteIcon } from '@/components/ui/sprite-icon'
import { cn } from '@/lib/cn'
import { rangeToCreateValues, type CreateFromRange } from '../lib/selection'
import { fractionOf, type TimeWindow } from '../lib/time-window'
import type { Bar, LaneModel } from '../lib/timeline-model'
import { barLabel, codeName, editHref, issueCount, toneBar, windowText } from './bar-text'
import { useOpenCode } from './use-open-code'
import type { EditReturn, TimelineLock, TimelineStatus } from './timeline-types'

const ROW = 30 // px per sub-lane
const BAND = 20 // px for the ongoing band
const PAD = 6

export type LaneData = { lock: TimelineLock; model: LaneModel<AccessCode> }

type Drag = { from: number; to: number; x0: number; moved: boolean }
type Tip = {
  code: AccessCode
  bar: Bar<AccessCode>
  lock: TimelineLock
  left: number
  top: number
  /** Shown above the bar (near the bottom, where below would be cut off). */
  above: boolean
}

/** Room a tooltip needs below its bar before it flips above. */
const TIP_ROOM = 180

const pct = (f: number) => `${(f * 100).toFixed(4)}%`

function laneHeight(model: LaneModel<AccessCode>) {
  return PAD * 2 + (model.ongoing.length ? BAND + 4 : 0) + model.rows * ROW
}

/** Arrow keys move between bars: left/right along a lane, up/down to the nearest in the next. */
function moveFocus(container: HTMLElement, from: HTMLElement, key: string): boolean {
  const lane = Number(from.dataset['lane'])
  const start = Number(from.dataset['start'])
  const inLane = (l: number) =>
    [...container.querySelectorAll<HTMLElement>(`[data-lane="${l}"]`)].sort(
      (a, b) => Number(a.dataset['start']) - Number(b.dataset['start']),
    )
  let target: HTMLElement | undefined
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const list = inLane(lane)
    const i = list.indexOf(from)
    target = list[i + (key === 'ArrowRight' ? 1 : -1)]
  } else if (key === 'ArrowDown' || key === 'ArrowUp') {
    const lanes = Number(container.dataset['lanes'])
    for (
      let l = lane + (key === 'ArrowDown' ? 1 : -1);
      l >= 0 && l < lanes && !target;
      l += key === 'ArrowDown' ? 1 : -1
    ) {
      const list = inLane(l)
      target = list.reduce<HTMLElement | undefined>(
        (best, el) =>
          !best ||
          Math.abs(Number(el.dataset['start']) - start) <
            Math.abs(Number(best.dataset['start']) - start)
            ? el
            : best,
        undefined,
      )
    }
  }
  if (!target) return false
  target.focus()
  return true
}

type LaneProps = {
  lock: TimelineLock
  model: LaneModel<AccessCode>
  laneIndex: number
  window: TimeWindow
  present: (code: AccessCode) => TimelineStatus
  editReturn: EditReturn
  openCode: (e: MouseEvent<HTMLAnchorElement>, accessCodeId: string) => void
  onCreate: (range: CreateFromRange) => void
  onPick: (deviceId: string) => void
  showTip: (el: HTMLElement, code: AccessCode, bar: Bar<AccessCode>, lock: TimelineLock) => void
  hideTip: () => void
  tipId: string
  /** The code whose tooltip is open, when it is on this lane. */
  describedId: string | null
}

/** Whether an element is within a screen or so of the viewport (always true without the API). */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const el = ref.current
    if (!el || typeof IntersectionObserver === 'undefined') return
    const io = new IntersectionObserver(
      (entries) => setNear(entries.some((e) => e.isIntersecting)),
      {
        rootMargin: '800px 0px',
      },
    )
    io.observe(el)
    return () => io.disconnect()
  }, [ref])
  return near
}

/**
 * One lock's lane. Memoised, so a poll that changes one lock's codes redraws one lane; its bars
 * are drawn only while the lane is within about a screen of the viewport (a property can have
 * 80 locks and thousands of stays; the lane keeps its height, so the page does not jump).
 */
const Lane = memo(function Lane({
  lock,
  model,
  laneIndex,
  window,
  present,
  editReturn,
  openCode,
  onCreate,
  onPick,
  showTip,
  hideTip,
  tipId,
  describedId,
}: LaneProps) {
  const ref = useRef<HTMLLIElement>(null)
  const near = useNearViewport(ref)
  const [drag, setDrag] = useState<Drag | null>(null)
  const span = window.end - window.start
  const bandTop = PAD
  const barsTop = PAD + (model.ongoing.length ? BAND + 4 : 0)
  const selecting = drag?.moved ? drag : null

  const timeAt = (track: HTMLElement, clientX: number) => {
    const r = track.getBoundingClientRect()
    return window.start + Math.min(1, Math.max(0, (clientX - r.left) / r.width)) * span
  }
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || (e.target as Element).closest('a,button')) return
    e.currentTarget.setPointerCapture(e.pointerId)
    const t = timeAt(e.currentTarget, e.clientX)
    setDrag({ from: t, to: t, x0: e.clientX, moved: false })
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return
    const to = timeAt(e.currentTarget, e.clientX)
    setDrag({ ...drag, to, moved: drag.moved || Math.abs(e.clientX - drag.x0) > 4 })
  }
  const onPointerUp = () => {
    if (!drag) return
    setDrag(null)
    if (!drag.moved) return
    onCreate(
      rangeToCreateValues({
        deviceId: lock.deviceId,
        from: drag.from,
        to: drag.to,
        timeZone: lock.timeZone,
        zoom: window.zoom,
      }),
    )
  }

  return (
    <li
      ref={ref}
      aria-label={`${lock.name}: ${model.bars.length} ${model.bars.length === 1 ? 'stay' : 'stays'} shown, ${model.ongoing.length} ongoing`}
      // Lanes scrolled out of view skip layout and paint (a property can have 80 locks).
      className="grid grid-cols-[13rem_1fr] border-b border-slate-100 [content-visibility:auto] last:border-b-0"
      data-testid="lane"
      data-sublanes={model.rows}
    >
      <div className="flex min-w-0 flex-col justify-center gap-1 py-1.5 pr-3">
        <span className="truncate text-sm font-medium text-slate-900" title={lock.name}>
          {lock.name}
        </span>
        <button
          type="button"
          onClick={() => onPick(lock.deviceId)}
          aria-label={`Pick dates for a new code on ${lock.name}`}
          className="inline-flex w-fit items-center gap-1 rounded text-xs font-medium text-brand-700 hover:underline"
        >
          <SpriteIcon icon={CalendarPlus} className="size-3.5" />
          New code…
        </button>
      </div>
      <div
        data-testid="lane-track"
        data-device-id={lock.deviceId}
        className="relative cursor-crosshair touch-pan-y select-none"
        style={{ height: laneHeight(model) }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        {near ? (
          <>
            {model.ongoing.length ? (
              <div
                className="absolute inset-x-0 truncate rounded-sm bg-slate-200 px-2 text-[11px] leading-5 font-medium text-slate-800"
                style={{ top: bandTop, height: BAND }}
                title={model.ongoing.map((c) => `${codeName(c)} (${present(c).label})`).join(', ')}
              >
                Ongoing ({model.ongoing.length}):{' '}
                {model.ongoing.map((c) => `${codeName(c)} · ${present(c).label}`).join(', ')}
              </div>
            ) : null}
            {model.gaps.map((g) => (
              <div
                key={g.start}
                className="@container pointer-events-none absolute flex items-center justify-center overflow-hidden rounded border border-dashed border-slate-300 text-[11px] whitespace-nowrap text-slate-600"
                style={{
                  left: pct(fractionOf(g.start, window)),
                  width: pct(fractionOf(g.end, window) - fractionOf(g.start, window)),
                  top: barsTop,
                  height: ROW - 4,
                }}
              >
                <span aria-hidden="true" className="hidden @min-[3.5rem]:inline">
                  no code
                </span>
                <span className="sr-only">
                  No code on {lock.name}: {windowText(g.start, g.end, window.timeZone)}
                </span>
              </div>
            ))}
            <ul aria-label={`Codes on ${lock.name}`}>
              {model.bars.map((bar) => {
                const { code } = bar
                const status = present(code)
                const l = fractionOf(bar.start, window)
                const w = Math.max(fractionOf(bar.end, window) - l, 0)
                const hasError = code.errors.length > 0
                const hasWarning = code.warnings.length > 0
                return (
                  <li key={code.access_code_id}>
                    <a
                      href={editHref(code.access_code_id, editReturn)}
                      onClick={(e) => openCode(e, code.access_code_id)}
                      data-lane={laneIndex}
                      data-start={bar.start}
                      data-status={status.label.toLowerCase()}
                      data-row={bar.row}
                      aria-label={barLabel(code, bar.start, bar.end, status, lock.timeZone)}
                      aria-describedby={describedId === code.access_code_id ? tipId : undefined}
                      onMouseEnter={(e) => showTip(e.currentTarget, code, bar, lock)}
                      onMouseLeave={hideTip}
                      onFocus={(e) => showTip(e.currentTarget, code, bar, lock)}
                      onBlur={hideTip}
                      className={cn(
                        '@container absolute z-0 flex min-w-1.5 items-center gap-1 overflow-hidden rounded border px-1.5 text-xs whitespace-nowrap hover:z-10 hover:brightness-95 focus-visible:z-20',
                        toneBar[status.tone],
                        bar.start < window.start && 'rounded-l-none border-l-0',
                        bar.end > window.end && 'rounded-r-none border-r-0',
                        hasError && 'ring-2 ring-red-600 ring-inset',
                      )}
                      style={{
                        left: pct(l),
                        width: pct(w),
                        top: barsTop + bar.row * ROW,
                        height: ROW - 4,
                      }}
                    >
                      <SpriteIcon icon={status.icon} className="size-3.5 shrink-0" />
                      <span className="truncate font-medium">{codeName(code)}</span>
                      {/* Narrow bars keep the name; the icon and colour still say the status. */}
                      <span className="hidden shrink-0 @min-[9rem]:inline">· {status.label}</span>
                      {hasError || hasWarning ? (
                        <span className="ml-auto shrink-0">
                          {hasError ? (
                            <SpriteIcon icon={AlertOctagon} className="size-3.5 text-red-700" />
                          ) : (
                            <SpriteIcon icon={AlertTriangle} className="size-3.5 text-amber-700" />
                          )}
                        </span>
                      ) : null}
                    </a>
                  </li>
                )
              })}
            </ul>
          </>
        ) : null}
        {selecting ? (
          <div
            aria-hidden="true"
            data-testid="drag-selection"
            className="pointer-events-none absolute inset-y-1 z-20 rounded border-2 border-brand-600 bg-brand-500/20"
            style={{
              left: pct(fractionOf(Math.min(selecting.from, selecting.to), window)),
              width: pct(
                Math.abs(fractionOf(selecting.to, window) - fractionOf(selecting.from, window)),
              ),
            }}
          />
        ) : null}
      </div>
    </li>
  )
})

/** The lanes view: an axis, one lane per lock, bars, gaps, the ongoing band and a "now" line. */
export function TimelineLanes({
  lanes,
  window,
  now,
  present,
  editReturn,
  onCreate,
  onPick,
}: {
  lanes: LaneData[]
  window: TimeWindow
  now: number
  present: (code: AccessCode) => TimelineStatus
  editReturn: EditReturn
  onCreate: (range: CreateFromRange) => void
  onPick: (deviceId: string) => void
}) {
  const containerRef = useRef<HTMLDivElement>(null)
  const tipId = useId()
  const openCode = useOpenCode(editReturn)
  const [tip, setTip] = useState<Tip | null>(null)
  const nowFraction = now >= window.start && now < window.end ? fractionOf(now, window) : null

  const showTip = useCallback(
    (el: HTMLElement, code: AccessCode, bar: Bar<AccessCode>, lock: TimelineLock) => {
      const box = containerRef.current?.getBoundingClientRect()
      const r = el.getBoundingClientRect()
      if (!box) return
      setTip({
        code,
        bar,
        lock,
        left: Math.min(Math.max(r.left - box.left, 0), Math.max(box.width - 320, 0)),
        ...(r.bottom - box.top + TIP_ROOM > box.height && r.top - box.top > TIP_ROOM
          ? { top: r.top - box.top - 4, above: true }
          : { top: r.bottom - box.top + 4, above: false }),
      })
    },
    [],
  )
  const hideTip = useCallback(() => setTip(null), [])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const el = e.target as HTMLElement
    if (el.dataset['lane'] === undefined || !containerRef.current) return
    if (e.key === 'Escape') setTip(null)
    else if (moveFocus(containerRef.current, el, e.key)) e.preventDefault()
  }

  return (
    <div className="overflow-x-auto">
      {/* Arrow keys move between the bar links inside; each bar is a focusable link itself. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={containerRef}
        data-lanes={lanes.length}
        onKeyDown={onKeyDown}
        className="relative min-w-[44rem]"
      >
        {/* Axis */}
        <div aria-hidden="true" className="grid grid-cols-[13rem_1fr]">
          <div />
          <div className="relative h-9 border-b border-slate-200 text-xs text-slate-600">
            {window.ticks.map((t) => (
              <span
                key={t.at}
                className="absolute bottom-1 pl-1 whitespace-nowrap"
                style={{ left: pct(fractionOf(t.at, window)) }}
              >
                {t.label}
              </span>
            ))}
            {nowFraction !== null ? (
              <span
                className="absolute top-0 z-20 -translate-x-1/2 rounded bg-red-600 px-1 text-[11px] font-semibold text-white"
                style={{ left: pct(nowFraction) }}
              >
                Now
              </span>
            ) : null}
          </div>
        </div>
        <div className="relative">
          {/* Grid lines behind every lane */}
          <div
            aria-hidden="true"
            className="pointer-events-none absolute inset-y-0 right-0 left-[13rem]"
          >
            {window.ticks.map((t) => (
              <div
                key={t.at}
                className={cn(
                  'absolute inset-y-0 w-px',
                  t.dayStart ? 'bg-slate-200' : 'bg-slate-100',
                )}
                style={{ left: pct(fractionOf(t.at, window)) }}
              />
            ))}
          </div>
          {nowFraction !== null ? (
            <div
              aria-hidden="true"
              className="pointer-events-none absolute inset-y-0 right-0 left-[13rem] z-10"
            >
              <div
                data-testid="now-line"
                className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-red-600"
                style={{ left: pct(nowFraction) }}
              />
            </div>
          ) : null}
          <ul aria-label="Locks">
            {lanes.map(({ lock, model }, laneIndex) => (
              <Lane
                key={lock.deviceId}
                lock={lock}
                model={model}
                laneIndex={laneIndex}
                window={window}
                present={present}
                editReturn={editReturn}
                openCode={openCode}
                onCreate={onCreate}
                onPick={onPick}
                showTip={showTip}
                hideTip={hideTip}
                tipId={tipId}
                describedId={tip?.lock.deviceId === lock.deviceId ? tip.code.access_code_id : null}
              />
            ))}
          </ul>
        </div>
        {tip ? (
          <div
            id={tipId}
            role="tooltip"
            className="pointer-events-none absolute z-30 w-80 rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-lg"
            style={{
              left: tip.left,
              top: tip.top,
              transform: tip.above ? 'translateY(-100%)' : undefined,
            }}
          >
            <p className="font-semibold text-slate-900">{codeName(tip.code)}</p>
            <p className="text-slate-700">{tip.lock.name}</p>
            <p className="mt-1 text-slate-700">
              {windowText(tip.bar.start, tip.bar.end, tip.lock.timeZone)}
            </p>
            <p className="mt-1 text-slate-800">
              <span className="font-medium">{present(tip.code).label}:</span>{' '}
              {present(tip.code).description}
            </p>
            {issueCount(tip.code) ? (
              <ul className="mt-1 list-disc pl-4 text-slate-800">
                {tip.code.errors.map((e) => (
                  <li key={`e-${e.error_code}`}>Error: {e.message || e.error_code}</li>
                ))}
                {tip.code.warnings.map((w) => (
                  <li key={`w-${w.warning_code}`}>Warning: {w.message || w.warning_code}</li>
                ))}
              </ul>
            ) : null}
            <p className="mt-1 text-xs text-slate-600">Enter or click to edit</p>
          </div>
        ) : null}
      </div>
    </div>
  )
}
