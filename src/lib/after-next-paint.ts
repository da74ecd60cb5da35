import { onServer } from './on-server'

/**
 * Resolves once the page has painted the work already queued (a frame, then the task after it),
 * or after `fallbackMs` when no frames come (a tab in the background).
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    // A server render never paints: what waits for a paint is the browser's to do.
    if (onServer()) return
    const timer = setTimeout(resolve, fallbackMs)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer)
        resolve()
      }, 0),
    )
  })
}
