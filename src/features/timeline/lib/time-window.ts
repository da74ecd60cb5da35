import {
  addDays,
  addMonths,
  dayOf,
  startOfDayInstant,
  startOfMonth,
  startOfWeek,
  wallToInstant,
} from '@/lib/time/calendar'

import { ZOOMS, type Zoom } from '../timeline-search'

export { ZOOMS, type Zoom }

export type Tick = {
  /** The instant of the tick (a local midnight, or a local hour in day zoom). */
  at: number
  /** Short text under the axis, e.g. "Mon 7" or "15:00". */
  label: string
  /** A new day starts here (drawn stronger than hour ticks). */
  dayStart: boolean
}

export type TimeWindow = {
  zoom: Zoom
  timeZone: string
  /** First day shown (`YYYY-MM-DD` in `timeZone`). */
  firstDay: string
  /** Every day shown, in order. */
  days: string[]
  /** First instant shown (local midnight of `firstDay`). */
  start: number
  /** First instant after the window (local midnight after the last day). */
  end: number
  ticks: Tick[]
}

/** The first day of the window `zoom` shows around `day`. */
export function windowStart(zoom: Zoom, day: string): string {
  if (zoom === 'week') return startOfWeek(day)
  if (zoom === 'month') return startOfMonth(day)
  return day
}

/** The anchor day one window before (`-1`) or after (`1`) the one starting at `day`. */
export function shiftWindow(zoom: Zoom, day: string, direction: -1 | 1): string {
  const first = windowStart(zoom, day)
  if (zoom === 'month') return addMonths(first, direction)
  return addDays(first, direction * (zoom === 'week' ? 7 : 1))
}

const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short' })

/** "Mon 7" in week zoom, "7" in month zoom. */
function dayLabel(day: string, zoom: Zoom): string {
  const date = Number(day.slice(8, 10))
  return zoom === 'month'
    ? String(date)
    : `${weekday.format(Date.parse(`${day}T12:00:00Z`))} ${date}`
}

/**
 * The days, bounds and axis ticks of the window of `zoom` that contains `day`, in `timeZone`.
 * Bounds are local midnights, so a window over a daylight-saving change is an hour shorter or
 * longer than 24 h × days; positions on the axis are proportional to real elapsed time.
 */
export function timeWindow(zoom: Zoom, day: string, timeZone: string): TimeWindow {
  const firstDay = windowStart(zoom, day)
  const count =
    zoom === 'day'
      ? 1
      : zoom === 'week'
        ? 7
        : Math.round(
            (Date.parse(`${addMonths(firstDay, 1)}T00:00:00Z`) -
              Date.parse(`${firstDay}T00:00:00Z`)) /
              86_400_000,
          )
  const days = Array.from({ length: count }, (_, i) => addDays(firstDay, i))
  const start = startOfDayInstant(firstDay, timeZone)
  const end = startOfDayInstant(addDays(firstDay, count), timeZone)
  const ticks: Tick[] = []
  if (zoom === 'day') {
    const seen = new Set<number>()
    for (let h = 0; h < 24; h += 3) {
      const wall = `${firstDay}T${String(h).padStart(2, '0')}:00`
      const at = wallToInstant(wall, timeZone)
      if (at >= end || seen.has(at)) continue
      seen.add(at)
      ticks.push({ at, label: `${String(h).padStart(2, '0')}:00`, dayStart: h === 0 })
    }
  } else {
    for (const d of days)
      ticks.push({ at: startOfDayInstant(d, timeZone), label: dayLabel(d, zoom), dayStart: true })
  }
  return { zoom, timeZone, firstDay, days, start, end, ticks }
}

/** Where `ms` falls across the window, 0 (start) to 1 (end), clamped. */
export function fractionOf(ms: number, window: Pick<TimeWindow, 'start' | 'end'>): number {
  const f = (ms - window.start) / (window.end - window.start)
  return Math.min(1, Math.max(0, f))
}

/** The day (in the window's zone) a window should open on to show `now`. */
export const todayIn = (now: number, timeZone: string) => dayOf(now, timeZone)
