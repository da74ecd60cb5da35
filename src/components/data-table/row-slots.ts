/**
 * Which React key each rendered row of a fixed-height virtual table gets, so that scrolling
 * reuses DOM where that is cheap:
 * - a row still on screen keeps its key (and its elements, focus and state);
 * - when the window jumps (no row in common with the last one, e.g. a fast flick or a drag of
 *   the scrollbar), the new rows take over the old keys in the same order, so React patches the
 *   existing <tr>s in place rather than building new ones (and moves none);
 * - on a small scroll the few rows coming in get fresh keys (built), and the leaving ones go.
 * Reusing keys for a small scroll would make React move most rows (it only moves elements
 * rightwards), which costs more than building the few new ones.
 */
export class RowSlots {
  private keyOf = new Map<number, number>()
  private order: number[] = []
  private nextKey = 0

  /** Keys for the rows at `indices` (ascending, contiguous), remembered for the next call. */
  keysFor(indices: readonly number[]): number[] {
    const overlaps = indices.some((i) => this.keyOf.has(i))
    const keys = indices.map((index, position) => {
      const kept = this.keyOf.get(index)
      if (kept !== undefined) return kept
      if (!overlaps && position < this.order.length) return this.order[position]!
      return this.nextKey++
    })
    this.keyOf = new Map(indices.map((index, position) => [index, keys[position]!]))
    this.order = keys
    return keys
  }
}
