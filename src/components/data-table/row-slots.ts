/**
 * Which React key each rendered row of a fixed-height virtual table gets, so that scrolling
 * reuses DOM where that is cheap, while a row's state stays with the row:
 * - a row still on screen keeps its key (and its elements, focus and state), wherever it moves:
 *   rows are followed by their own key (the row id), not by their index, so when a row above
 *   is removed or inserted the rows below keep their components (an open menu stays with its
 *   code rather than passing to the code that moved into its place);
 * - when the window jumps (no row in common with the last one, e.g. a fast flick or a drag of
 *   the scrollbar), the new rows take over the old keys in the same order, so React patches the
 *   existing <tr>s in place rather than building new ones (and moves none). Cells that hold
 *   state must therefore key it by row id themselves (see AccessCodeActions);
 * - on a small scroll the few rows coming in get fresh keys (built), and the leaving ones go.
 * Reusing keys for a small scroll would make React move most rows (it only moves elements
 * rightwards), which costs more than building the few new ones.
 */
export class RowSlots {
  private keyOf = new Map<string, number>()
  private order: number[] = []
  private nextKey = 0

  /** Keys for the rendered rows, given each one's own key (its id) in display order. */
  keysFor(rowKeys: readonly string[]): number[] {
    const overlaps = rowKeys.some((k) => this.keyOf.has(k))
    const keys = rowKeys.map((rowKey, position) => {
      const kept = this.keyOf.get(rowKey)
      if (kept !== undefined) return kept
      if (!overlaps && position < this.order.length) return this.order[position]!
      return this.nextKey++
    })
    this.keyOf = new Map(rowKeys.map((rowKey, position) => [rowKey, keys[position]!]))
    this.order = keys
    return keys
  }
}
