import { hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query'

/**
 * The pages people land on come with their first rows drawn by the server (server/dashboard/ssr):
 * `#ssr-page`, inert, on screen while the app draws its own page beneath it, unseen
 * (styles/index.css). The app starts from the answers that page was drawn from, then takes over
 * in one step once it has drawn the same rows, so nothing blinks or is asked for twice.
 */

/** The server's answers into the app's cache, as if the app had asked for them itself. */
export function adoptServerAnswers(queryClient: QueryClient): void {
  const element = document.getElementById('ssr-state')
  if (!element?.textContent) return
  try {
    hydrate(queryClient, JSON.parse(element.textContent) as DehydratedState)
  } catch {
    // Unreadable: the app asks for what it needs, as on any other page.
  }
  element.remove()
}

/** Past this the app takes over whatever it has drawn (a page it draws differently, an error). */
const HANDOVER_AT_THE_LATEST_MS = 4_000

/** Removes the server's page once the app has drawn its own, and marks `ssr:handover`. */
export function handOverWhenDrawn(): void {
  const page = document.getElementById('ssr-page')
  const root = document.getElementById('root')
  if (!page || !root) return
  let frame = 0
  const finish = () => {
    observer?.disconnect()
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    page.remove()
    performance.mark('ssr:handover')
  }
  // Rows: the app's table marks its own first rows (virtual-data-table.tsx).
  const hadRows = page.querySelector('tbody tr[data-index]') !== null
  const observer = hadRows
    ? new PerformanceObserver((list) => {
        if (list.getEntriesByName('table:first-rows').length > 0) finish()
      })
    : null
  observer?.observe({ type: 'mark' })
  // No rows (an empty lock, an error): once the app has drawn the page's heading.
  const headingDrawn = () => {
    if (root.querySelector('main h1')) finish()
    else frame = requestAnimationFrame(headingDrawn)
  }
  if (!hadRows) frame = requestAnimationFrame(headingDrawn)
  const timer = setTimeout(finish, HANDOVER_AT_THE_LATEST_MS)
}
