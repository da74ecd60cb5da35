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
  /** The first and last index of the last commit (null before any). Written only by `commit`. */
  private rendered: { start: number; end: number } | null = null

  extract(range: Range, scrolling: boolean): number[] {
    const prev = this.rendered
    const flick =
      scrolling &&
      prev !== null &&
      (range.endIndex > prev.end + range.overscan || range.startIndex < prev.start - range.overscan)
    return defaultRangeExtractor(flick ? { ...range, overscan: 0 } : range)
  }

  /**
   * Records the first and last index on screen (null when none). Call it after React commits
   * (a layout effect), never while rendering: a render that is thrown away must not count.
   */
  commit(start: number | null, end: number | null) {
    this.rendered = start === null || end === null ? null : { start, end }
  }
}
