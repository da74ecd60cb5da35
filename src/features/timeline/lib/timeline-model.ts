import type { AccessCode } from '@/api/schemas/access-code'
import { findGaps, packLanes, type Interval } from './lanes'

type Scheduled = Pick<AccessCode, 'type' | 'starts_at' | 'ends_at' | 'created_at'>

const parse = (v: string | null | undefined) => {
  if (!v) return null
  const ms = Date.parse(v)
  return Number.isNaN(ms) ? null : ms
}

/**
 * The stretch of time a code works: a time-bound code's window (from its creation when it has
 * no start). Ongoing codes, and time-bound ones without an end, have none: they are drawn as a
 * band across the lane.
 */
export function codeInterval(code: Scheduled): Interval | null {
  if (code.type !== 'time_bound') return null
  const end = parse(code.ends_at)
  if (end === null) return null
  const start = parse(code.starts_at) ?? parse(code.created_at) ?? end
  return end > start ? { start, end } : null
}

export type Bar<C> = {
  code: C
  start: number
  end: number
  /** Sub-lane, 0 at the top. */
  row: number
}

export type LaneModel<C> = {
  bars: Bar<C>[]
  /** Sub-lanes needed so no two bars overlap (at least 1). */
  rows: number
  /** Codes with no window (ongoing): a thin band across the lane. */
  ongoing: C[]
  /** "No code" stretches between consecutive stays, within the window. */
  gaps: Interval[]
}

/** Shortest gap worth pointing out: anything shorter is a changeover, not an empty night. */
export const MIN_GAP_MS = 60 * 60_000

/** One lock's lane over `range`: its windows packed into sub-lanes, its ongoing codes, its gaps. */
export function buildLane<C extends Scheduled>(codes: readonly C[], range: Interval): LaneModel<C> {
  const withWindow: (Interval & { code: C })[] = []
  const ongoing: C[] = []
  const all: Interval[] = []
  for (const code of codes) {
    const interval = codeInterval(code)
    if (!interval) {
      ongoing.push(code)
      continue
    }
    all.push(interval)
    if (interval.end > range.start && interval.start < range.end)
      withWindow.push({ ...interval, code })
  }
  const { packed, rows } = packLanes(withWindow)
  return {
    bars: packed.map(({ item, row }) => ({
      code: item.code,
      start: item.start,
      end: item.end,
      row,
    })),
    rows: Math.max(1, rows),
    ongoing,
    // Gaps come from every stay, not only the visible ones: a gap can span the whole window.
    gaps: findGaps(all, range, MIN_GAP_MS),
  }
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])

/**
 * `buildLane` that returns the previous model (same object) for a lane whose codes and range
 * have not changed, so a memoised lane does not redraw when a poll changed another lock's codes.
 */
export function createLaneBuilder<C extends Scheduled>() {
  const last = new Map<string, { codes: readonly C[]; range: Interval; model: LaneModel<C> }>()
  return (key: string, codes: readonly C[], range: Interval): LaneModel<C> => {
    const prev = last.get(key)
    if (
      prev &&
      prev.range.start === range.start &&
      prev.range.end === range.end &&
      sameItems(prev.codes, codes)
    )
      return prev.model
    const model = buildLane(codes, range)
    last.set(key, { codes, range, model })
    return model
  }
}
