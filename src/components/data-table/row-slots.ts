/**
 * Which React key each rendered row of a fixed-height virtual table gets, so that scrolling
 * reuses DOM where that is cheap, while a row's state stays with the row:
 * - a row still on screen keeps its key (and its elements, focus and state), wherever it moves:
 *   rows are followed by their own key (the row id), not by their index, so when a row above
 *   is removed or inserted the rows below keep their components (an open menu stays with its
 *   code rather than passing to the code that moved into its place);
 * - when the window jumps (no row in common with the last one, e.g. a fast flick or a drag of
 *   the scrollbar), the new rows take over the old keys in the same order, so React patches the
 *   existing <tr>s in place rather than building new ones (and moves none). Only cells of
 *   columns marked `meta.stateless` are patched; the table keys every other cell by row id
 *   (see DataRow in data-table-parts.tsx), so no cell state passes to another row;
 * - on a small scroll the few rows coming in get fresh keys (built), and the leaving ones go.
 * Reusing keys for a small scroll would make React move most rows (it only moves elements
 * rightwards), which costs more than building the few new ones.
 */
export type SlotPlan = {
  /** One React key per rendered row, in display order. */
  readonly keys: readonly number[]
  readonly keyOf: ReadonlyMap<string, number>
  readonly nextKey: number
}

export class RowSlots {
  private last: SlotPlan = { keys: [], keyOf: new Map(), nextKey: 0 }

  /**
   * Keys for the rendered rows, given each one's own key (its id) in display order. Pure: it
   * reads only the last committed plan, so it may run during render, as often as React likes.
   */
  plan(rowKeys: readonly string[]): SlotPlan {
    const { keyOf, keys: order } = this.last
    let nextKey = this.last.nextKey
    const overlaps = rowKeys.some((k) => keyOf.has(k))
    const keys = rowKeys.map((rowKey, position) => {
      const kept = keyOf.get(rowKey)
      if (kept !== undefined) return kept
      if (!overlaps && position < order.length) return order[position]!
      return nextKey++
    })
    return {
      keys,
      keyOf: new Map(rowKeys.map((rowKey, position) => [rowKey, keys[position]!])),
      nextKey,
    }
  }

  /** Records the plan React committed (call from a layout effect); the next plan starts from it. */
  commit(plan: SlotPlan) {
    this.last = plan
  }

  /** `plan` then `commit`, for callers outside React (tests). */
  keysFor(rowKeys: readonly string[]): readonly number[] {
    const plan = this.plan(rowKeys)
    this.commit(plan)
    return plan.keys
  }
}
