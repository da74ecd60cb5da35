import { vi } from 'vitest'

/**
 * jsdom has no layout, so a virtual table would measure a 0 px viewport and draw no rows: give
 * every element this viewport and row height until `vi.restoreAllMocks()`.
 */
export function mockLayout(size: { width: number; height: number; rowHeight: number }) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(size.height)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(size.width)
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(size.rowHeight)
}
