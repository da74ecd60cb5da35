import type { AccessCode } from '@/api/schemas/access-code'
import type { Bar } from '../lib/timeline-model'
import { codeName, issueCount, windowText } from './bar-text'
import type { TimelineLock, TimelineStatus } from './timeline-types'

/** The bar a tooltip is open for, and where (relative to the lanes' container). */
export type Tip = {
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
const TIP_WIDTH = 320

/** Places a tooltip for the bar `el` inside `box` (the container's rectangle). */
export function placeTip(
  el: HTMLElement,
  box: DOMRect,
  what: Pick<Tip, 'code' | 'bar' | 'lock'>,
): Tip {
  const r = el.getBoundingClientRect()
  return {
    ...what,
    left: Math.min(Math.max(r.left - box.left, 0), Math.max(box.width - TIP_WIDTH, 0)),
    ...(r.bottom - box.top + TIP_ROOM > box.height && r.top - box.top > TIP_ROOM
      ? { top: r.top - box.top - 4, above: true }
      : { top: r.bottom - box.top + 4, above: false }),
  }
}

/** Hover or focus on a bar: its full window, status and issues. */
export function TimelineTooltip({
  id,
  tip,
  present,
}: {
  id: string
  tip: Tip
  present: (code: AccessCode) => TimelineStatus
}) {
  const status = present(tip.code)
  return (
    <div
      id={id}
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
        <span className="font-medium">{status.label}:</span> {status.description}
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
  )
}
