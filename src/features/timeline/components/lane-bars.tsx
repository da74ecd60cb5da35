import type { MouseEvent } from 'react'
import { AlertOctagon, AlertTriangle } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import { SpriteIcon } from '@/components/ui/sprite-icon'
import { cn } from '@/lib/cn'
import { fractionOf, type TimeWindow } from '../lib/time-window'
import type { Bar, LaneModel } from '../lib/timeline-model'
import { barLabel, codeName, editHref, toneBar, windowText } from './bar-text'
import { BAND, barsTop, PAD, pct, ROW } from './lane-geometry'
import type { EditReturn, TimelineLock, TimelineStatus } from './timeline-types'

export type BarHandlers = {
  openCode: (e: MouseEvent<HTMLAnchorElement>, accessCodeId: string) => void
  showTip: (el: HTMLElement, code: AccessCode, bar: Bar<AccessCode>, lock: TimelineLock) => void
  hideTip: () => void
}

type LaneBarsProps = BarHandlers & {
  lock: TimelineLock
  model: LaneModel<AccessCode>
  laneIndex: number
  window: TimeWindow
  present: (code: AccessCode) => TimelineStatus
  editReturn: EditReturn
  tipId: string
  /** The code whose tooltip is open, when it is on this lane. */
  describedId: string | null
}

/** What a lane draws: its ongoing band, its "no code" gaps and one link per stay. */
export function LaneBars(props: LaneBarsProps) {
  const { lock, model, window, present } = props
  const top = barsTop(model)
  return (
    <>
      {model.ongoing.length ? (
        <div
          className="absolute inset-x-0 truncate rounded-sm bg-slate-200 px-2 text-[11px] leading-5 font-medium text-slate-800"
          style={{ top: PAD, height: BAND }}
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
            top,
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
        {model.bars.map((bar) => (
          <LaneBar key={bar.code.access_code_id} {...props} bar={bar} top={top} />
        ))}
      </ul>
    </>
  )
}

function LaneBar({
  bar,
  top,
  lock,
  laneIndex,
  window,
  present,
  editReturn,
  tipId,
  describedId,
  openCode,
  showTip,
  hideTip,
}: LaneBarsProps & { bar: Bar<AccessCode>; top: number }) {
  const { code } = bar
  const status = present(code)
  const l = fractionOf(bar.start, window)
  const w = Math.max(fractionOf(bar.end, window) - l, 0)
  const hasError = code.errors.length > 0
  const hasWarning = code.warnings.length > 0
  return (
    <li>
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
        style={{ left: pct(l), width: pct(w), top: top + bar.row * ROW, height: ROW - 4 }}
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
}
