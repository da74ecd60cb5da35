import { instantToWallTime } from '@/lib/time/zoned-time'
import { addDays, startOfDayInstant, wallToInstant } from '@/lib/time/calendar'
import type { Zoom } from './time-window'

const MINUTE = 60_000

/** How finely a drag snaps at each zoom: half hours, hours, whole days. */
export const SNAP_MINUTES: Record<Zoom, number> = { day: 30, week: 60, month: 24 * 60 }

/**
 * `ms` moved down (`floor`) or up (`ceil`) to the nearest step of the zone's wall clock: a
 * half-hour step lands on :00/:30 local time even in a zone offset by 5:45, and a day step
 * lands on local midnight even across a daylight-saving change.
 */
export function snapInZone(
  ms: number,
  timeZone: string,
  stepMinutes: number,
  mode: 'floor' | 'ceil',
): number {
  const wall = instantToWallTime(ms, timeZone)
  const day = wall.slice(0, 10)
  if (stepMinutes >= 24 * 60) {
    const floor = startOfDayInstant(day, timeZone)
    return mode === 'ceil' && floor < ms ? startOfDayInstant(addDays(day, 1), timeZone) : floor
  }
  const minutes = Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16))
  const down = Math.floor(minutes / stepMinutes) * stepMinutes
  const at = (m: number) =>
    m >= 24 * 60
      ? startOfDayInstant(addDays(day, 1), timeZone)
      : wallToInstant(
          `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
          timeZone,
        )
  const floor = at(down)
  if (mode === 'floor' || floor === ms) return floor
  return at(down + stepMinutes)
}

/** What the create form needs from a selected range: the lock and the window as ISO instants. */
export type CreateFromRange = { deviceId: string; startsAt: string; endsAt: string }

/**
 * A selected range on a lock's lane (either direction) → the create form's prefill: snapped
 * outward to the zoom's step in the lock's zone, at least one step long.
 */
export function rangeToCreateValues(opts: {
  deviceId: string
  from: number
  to: number
  timeZone: string
  zoom: Zoom
}): CreateFromRange {
  const step = SNAP_MINUTES[opts.zoom]
  const lo = Math.min(opts.from, opts.to)
  const hi = Math.max(opts.from, opts.to)
  const start = snapInZone(lo, opts.timeZone, step, 'floor')
  let end = snapInZone(hi, opts.timeZone, step, 'ceil')
  if (end <= start) end = snapInZone(start + MINUTE, opts.timeZone, step, 'ceil')
  return {
    deviceId: opts.deviceId,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(end).toISOString(),
  }
}
