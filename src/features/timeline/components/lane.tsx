import { memo, useRef, useState, type PointerEvent } from 'react'
import { CalendarPlus } from 'lucide-react'
import { SpriteIcon } from '@/components/ui/sprite-icon'
import { useNearViewport } from '@/lib/use-near-viewport'
import { rangeToCreateValues, type CreateFromRange } from '../lib/selection'
import { fractionOf } from '../lib/time-window'
import { laneHeight, pct } from './lane-geometry'
import { LaneBars } from './lane-bars'

type Drag = { from: number; to: number; x0: number; moved: boolean }

type LaneProps = Parameters<typeof LaneBars>[0] & {
  onCreate: (range: CreateFromRange) => void
  onPick: (deviceId: string) => void
}

/**
 * One lock's lane. Memoised, so a poll that changes one lock's codes redraws one lane; its bars
 * are drawn only while the lane is near the viewport (a property can have
 * 80 locks and thousands of stays; the lane keeps its height, so the page does not jump).
 * Dragging across the lane selects a window for a new code.
 */
export const Lane = memo(function Lane(props: LaneProps) {
  const { lock, model, window, onCreate, onPick } = props
  const ref = useRef<HTMLLIElement>(null)
  // A third of a screen beyond the viewport: lanes further away would be drawn (and laid out)
  // while the page loads or zooms for nobody; scrolling draws them as they come near.
  const near = useNearViewport(ref, { margin: '300px' })
  const [drag, setDrag] = useState<Drag | null>(null)
  const selecting = drag?.moved ? drag : null

  const timeAt = (track: HTMLElement, clientX: number) => {
    const r = track.getBoundingClientRect()
    const f = Math.min(1, Math.max(0, (clientX - r.left) / r.width))
    return window.start + f * (window.end - window.start)
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
        {near ? <LaneBars {...props} /> : null}
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
