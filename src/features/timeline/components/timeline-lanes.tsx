import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { AccessCode } from '@/api/schemas/access-code'
import type { CreateFromRange } from '../lib/selection'
import { fractionOf, type TimeWindow } from '../lib/time-window'
import type { Bar, LaneModel } from '../lib/timeline-model'
import { Lane } from './lane'
import { moveFocus } from './lane-focus'
import { TimelineAxis, TimelineGrid } from './timeline-axis'
import { placeTip, TimelineTooltip, type Tip } from './timeline-tooltip'
import type { EditReturn, TimelineLock, TimelineStatus } from './timeline-types'
import { useOpenCode } from './use-open-code'

export type LaneData = { lock: TimelineLock; model: LaneModel<AccessCode> }

/** The lanes view: an axis, one lane per lock, bars, gaps, the ongoing band and a "now" line. */
export function TimelineLanes({
  lanes,
  window,
  now,
  present,
  editReturn,
  onCreate,
  onPick,
  minHeight,
}: {
  minHeight?: number
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
      if (box) setTip(placeTip(el, box, { code, bar, lock }))
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
    <div className="overflow-x-auto" style={{ minHeight }}>
      {/* Arrow keys move between the bar links inside; each bar is a focusable link itself. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={containerRef}
        data-lanes={lanes.length}
        onKeyDown={onKeyDown}
        className="relative min-w-[44rem]"
      >
        <TimelineAxis window={window} nowFraction={nowFraction} />
        <div className="relative">
          <TimelineGrid window={window} nowFraction={nowFraction} />
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
        {tip ? <TimelineTooltip id={tipId} tip={tip} present={present} /> : null}
      </div>
    </div>
  )
}
