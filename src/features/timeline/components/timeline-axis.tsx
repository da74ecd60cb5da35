import { cn } from '@/lib/cn'
import { fractionOf, type TimeWindow } from '../lib/time-window'
import { pct } from './lane-geometry'

/** The time axis above the lanes: tick labels and the "Now" flag. */
export function TimelineAxis({
  window,
  nowFraction,
}: {
  window: TimeWindow
  nowFraction: number | null
}) {
  return (
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
  )
}

/** Day and hour lines behind every lane, and the "now" line across them. */
export function TimelineGrid({
  window,
  nowFraction,
}: {
  window: TimeWindow
  nowFraction: number | null
}) {
  return (
    <>
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-y-0 right-0 left-[13rem]"
      >
        {window.ticks.map((t) => (
          <div
            key={t.at}
            className={cn('absolute inset-y-0 w-px', t.dayStart ? 'bg-slate-200' : 'bg-slate-100')}
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
    </>
  )
}
