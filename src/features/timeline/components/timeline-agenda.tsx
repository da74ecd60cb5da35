import { AlertOctagon, AlertTriangle } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import { SpriteIcon } from '@/components/ui/sprite-icon'
import { cn } from '@/lib/cn'
import { addDays, startOfDayInstant } from '@/lib/time/calendar'
import type { TimeWindow } from '../lib/time-window'
import { codeName, editHref, issueCount, toneBar } from './bar-text'
import { useOpenCode } from './use-open-code'
import type { LaneData } from './timeline-lanes'
import type { EditReturn, TimelineStatus } from './timeline-types'

const dayHeading = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'long',
  month: 'long',
  day: 'numeric',
})
const timeFormats = new Map<string, Intl.DateTimeFormat>()
const timeIn = (ms: number, timeZone: string) => {
  let f = timeFormats.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' })
    timeFormats.set(timeZone, f)
  }
  return f.format(ms)
}

const untilFormats = new Map<string, Intl.DateTimeFormat>()
const untilText = (ms: number, timeZone: string) => {
  let f = untilFormats.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    })
    untilFormats.set(timeZone, f)
  }
  return f.format(ms)
}

/** The narrow-screen timeline: for each day of the window, the stays that touch it. */
export function TimelineAgenda({
  lanes,
  window,
  present,
  editReturn,
  now,
}: {
  lanes: LaneData[]
  window: TimeWindow
  present: (code: AccessCode) => TimelineStatus
  editReturn: EditReturn
  now: number
}) {
  const zone = window.timeZone
  const openCode = useOpenCode(editReturn)
  const bars = lanes.flatMap(({ lock, model }) => model.bars.map((bar) => ({ lock, bar })))
  const ongoing = lanes.flatMap(({ lock, model }) => model.ongoing.map((code) => ({ lock, code })))
  return (
    <div className="space-y-4">
      {ongoing.length ? (
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer font-medium text-slate-900">
            Ongoing codes ({ongoing.length})
          </summary>
          <ul className="mt-1 list-disc pl-5">
            {ongoing.map(({ lock, code }) => (
              <li key={code.access_code_id}>
                {codeName(code)} on {lock.name} · {present(code).label}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ol aria-label="Agenda" className="space-y-4">
        {window.days.map((day, dayIndex) => {
          const start = startOfDayInstant(day, zone)
          const end = startOfDayInstant(addDays(day, 1), zone)
          // Each stay is listed on the day it starts and the day it ends (and on the first day
          // when it is already under way), not on every night in between.
          const items = bars
            .filter(
              ({ bar }) =>
                (bar.start >= start && bar.start < end) ||
                (bar.end > start && bar.end <= end) ||
                (dayIndex === 0 && bar.start < start && bar.end > end),
            )
            .sort((a, b) => a.bar.start - b.bar.start)
          const isToday = now >= start && now < end
          return (
            <li key={day}>
              <h3 className="text-sm font-semibold text-slate-900">
                {dayHeading.format(Date.parse(`${day}T12:00:00Z`))}
                {isToday ? <span className="ml-2 font-normal text-red-700">Today</span> : null}
              </h3>
              {items.length === 0 ? (
                <p className="mt-1 text-sm text-slate-600">No check-ins or check-outs</p>
              ) : (
                <ul className="mt-1 space-y-1.5">
                  {items.map(({ lock, bar }) => {
                    const status = present(bar.code)
                    const starts = bar.start >= start
                    const ends = bar.end <= end
                    const when =
                      starts && ends
                        ? `${timeIn(bar.start, zone)} – ${timeIn(bar.end, zone)}`
                        : starts
                          ? `Check-in ${timeIn(bar.start, zone)}`
                          : ends
                            ? `Check-out ${timeIn(bar.end, zone)}`
                            : `Under way, until ${untilText(bar.end, zone)}`
                    const issues = issueCount(bar.code)
                    return (
                      <li key={bar.code.access_code_id}>
                        <a
                          href={editHref(bar.code.access_code_id, editReturn)}
                          onClick={(e) => openCode(e, bar.code.access_code_id)}
                          className={cn(
                            'flex flex-col rounded-lg border-l-4 px-3 py-2 text-sm',
                            toneBar[status.tone],
                          )}
                        >
                          <span className="flex items-center gap-1.5 font-medium">
                            <SpriteIcon icon={status.icon} className="size-4 shrink-0" />
                            <span className="truncate">{codeName(bar.code)}</span>
                            <span className="shrink-0 font-normal">· {status.label}</span>
                            {issues ? (
                              <span className="ml-auto inline-flex shrink-0 items-center gap-1 text-xs">
                                {bar.code.errors.length ? (
                                  <AlertOctagon aria-hidden="true" className="size-3.5" />
                                ) : (
                                  <AlertTriangle aria-hidden="true" className="size-3.5" />
                                )}
                                {issues}
                              </span>
                            ) : null}
                          </span>
                          <span>
                            {lock.name} · {when}
                          </span>
                        </a>
                      </li>
                    )
                  })}
                </ul>
              )}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
