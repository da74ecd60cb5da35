/** Something with a start and an end on the time axis (ms since the epoch, end exclusive). */
export type Interval = { start: number; end: number }

export type Packed<T> = { item: T; row: number }

/**
 * Packs intervals into as few rows as possible so no two in a row overlap (greedy interval
 * partitioning: by start time, each goes into the first row that is free by then). Touching
 * intervals (one ends exactly when the next starts) share a row: back-to-back stays.
 */
export function packLanes<T extends Interval>(
  items: readonly T[],
): { packed: Packed<T>[]; rows: number } {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end)
  const rowEnds: number[] = []
  const packed: Packed<T>[] = []
  for (const item of sorted) {
    let row = rowEnds.findIndex((end) => end <= item.start)
    if (row === -1) {
      row = rowEnds.length
      rowEnds.push(item.end)
    } else rowEnds[row] = item.end
    packed.push({ item, row })
  }
  return { packed, rows: rowEnds.length }
}

/**
 * "No code" gaps: the stretches between consecutive stays of one lock (no interval covers
 * them) that fall inside `range`, clipped to it. Time before the first stay and after the last
 * is not a gap between stays. Gaps shorter than `minMs` are left out.
 */
export function findGaps(intervals: readonly Interval[], range: Interval, minMs = 0): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start)
  const merged: Interval[] = []
  for (const i of sorted) {
    const last = merged[merged.length - 1]
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end)
    else merged.push({ start: i.start, end: i.end })
  }
  const gaps: Interval[] = []
  for (let k = 1; k < merged.length; k++) {
    const start = Math.max(merged[k - 1]!.end, range.start)
    const end = Math.min(merged[k]!.start, range.end)
    if (end - start > 0 && merged[k]!.start - merged[k - 1]!.end >= minMs) gaps.push({ start, end })
  }
  return gaps
}
