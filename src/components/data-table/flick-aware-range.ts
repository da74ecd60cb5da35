import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual'

/**
 * Which rows to render: the visible ones plus `overscan` on each side, except during a flick.
 *
 * Overscan rows exist so that a small scroll finds its next rows already rendered. When one step
 * moves further than the overscan reaches (a fling, a dragged scrollbar, Page Down), none of them
 * can be reused: the rows on screen must be built anyway, and the overscan only adds a third more
 * rows to that frame. So while scrolling, a jump past the rendered rows renders just the visible
 * rows; once scrolling stops, the overscan comes back.
 */
export class FlickAwareRange {
  /** The first and last index rendered by the last commit (null before any). */
  rendered: { start: number; end: number } | null = null

  extract(range: Range, scrolling: boolean): number[] {
    const prev = this.rendered
    const flick =
      scrolling &&
      prev !== null &&
      (range.endIndex > prev.end + range.overscan || range.startIndex < prev.start - range.overscan)
    return defaultRangeExtractor(flick ? { ...range, overscan: 0 } : range)
  }

  /** Call with the indexes actually rendered. */
  commit(indexes: readonly number[]) {
    this.rendered = indexes.length
      ? { start: indexes[0]!, end: indexes[indexes.length - 1]! }
      : null
  }
}
