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
    // When the app had its data: bench section 2 times the app's own rows from here.
    performance.mark('ssr:answers-adopted')
  } catch {
    // Unreadable: the app asks for what it needs, as on any other page.
  }
  element.remove()
}

/** Past this the app takes over whatever it has drawn (a page it draws differently, an error). */
const HANDOVER_AT_THE_LATEST_MS = 4_000

/**
 * Removes the server's page once the app has drawn its own: rows, where the server's page had
 * rows; else the page's heading. Checked every frame, so the swap comes in the frame after the
 * app's (a performance-mark observer was told tens of milliseconds later). Marks `ssr:handover`.
 */
export function handOverWhenDrawn(): void {
  const page = document.getElementById('ssr-page')
  const root = document.getElementById('root')
  if (!page || !root) return
  const drawn = page.querySelector('tbody tr[data-index]') ? 'tbody tr[data-index]' : 'main h1'
  let frame = 0
  const finish = () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    page.remove()
    performance.mark('ssr:handover')
  }
  const check = () => {
    if (root.querySelector(drawn)) finish()
    else frame = requestAnimationFrame(check)
  }
  frame = requestAnimationFrame(check)
  const timer = setTimeout(finish, HANDOVER_AT_THE_LATEST_MS)
}
