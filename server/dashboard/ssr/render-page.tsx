import { prerender } from 'react-dom/static'
import { dehydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query'
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { createQueryClient } from '../../../src/api/query-client'
import { createAppRouter } from '../../../src/app/router'

/** Pages whose first rows the server renders: the ones people land on and wait for (#19). */
export const SERVER_RENDERED_PATHS: readonly RegExp[] = [
  /^\/devices\/?$/,
  /^\/devices\/[^/]+\/?$/,
  /^\/access-codes\/?$/,
]

/** Longest a render waits for the page's data before it draws what it has (a slow backend). */
export const RENDER_WAIT_MS = 1_500
/**
 * How long a render waits for everything the page asked for before it draws what it has, again
 * on each answer until rows show: a 10,000-code list is drawn from its first page, as in the
 * browser, rather than held back until the whole list is in.
 */
const ALL_ANSWERS_WAIT_MS = 150

export type RenderedPage = {
  /** The page as the app draws it, for the browser to show until the app takes over. */
  markup: string
  /** Every answer the render read, for the app's cache: the browser asks none of them again. */
  state: DehydratedState
  /** Whether the markup holds table rows. */
  hasRows: boolean
}

/** A larger answer stays out of the page: the browser asks for it itself, compressed. */
const MAX_ANSWER_CHARACTERS = 512_000

const ROW = /<tr[^>]* data-index=/

/**
 * Renders the SPA at `url` the way the browser would draw it once its data is in: the router's
 * loaders and the page's queries run as in the browser (their requests go where `withInProcessApi`
 * sends them), and the page is drawn once it shows rows, or nothing is loading any more, or
 * `waitMs` has passed. Null when an answer failed.
 */
export async function renderPage(
  url: string,
  waitMs = RENDER_WAIT_MS,
): Promise<RenderedPage | null> {
  const queryClient = createQueryClient()
  const defaults = queryClient.getDefaultOptions()
  // One try: the browser retries what the render could not read.
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } })
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [url] }))
  // `prerender` waits for the page's lazy pieces (a string render would draw their fallbacks).
  const draw = async () => {
    const { prelude } = await prerender(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
      {
        signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
        // Whole, in place: a part React sent apart would need its inline script to move it in,
        // and the page's scripts are its own (the CSP allows no other).
        progressiveChunkSize: Number.POSITIVE_INFINITY,
      },
    )
    return new Response(prelude).text()
  }
  const deadline = Date.now() + waitMs
  try {
    await withTimeout(router.load(), waitMs)
    // The router leaves a page's lazy component to Suspense on a server; a string render cannot
    // wait for it, so load each matched route's chunk first.
    await withTimeout(
      Promise.all(
        router.state.matches.map((match) =>
          router.loadRouteChunk(router.routesById[match.routeId]),
        ),
      ),
      deadline - Date.now(),
    )
    const allBy = Math.min(deadline, Date.now() + ALL_ANSWERS_WAIT_MS)
    while (queryClient.isFetching() > 0 && Date.now() < allBy)
      await nextAnswer(queryClient, allBy - Date.now())
    let markup = await draw()
    // Each later answer may be what the page waits for; draw again when one comes in.
    while (!ROW.test(markup) && queryClient.isFetching() > 0 && Date.now() < deadline) {
      await nextAnswer(queryClient, deadline - Date.now())
      markup = await draw()
    }
    // A failed answer is the browser's to retry, and to explain if it fails again: the page it
    // is drawn in says what the browser concluded, not what one server try saw.
    if (
      queryClient
        .getQueryCache()
        .getAll()
        .some((query) => query.state.status === 'error')
    )
      return null
    const state = dehydrate(queryClient, {
      shouldDehydrateQuery: (query) =>
        query.state.status === 'success' &&
        JSON.stringify(query.state.data).length <= MAX_ANSWER_CHARACTERS,
    })
    return { markup, state, hasRows: ROW.test(markup) }
  } finally {
    // Whatever is still loading (a 10,000-code list behind its first page) is the browser's.
    void queryClient.cancelQueries()
    queryClient.clear()
  }
}

function nextAnswer(queryClient: ReturnType<typeof createQueryClient>, ms: number) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, Math.max(0, ms))
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type !== 'fetch') done()
    })
    function done() {
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
  })
}

function withTimeout(promise: Promise<unknown>, ms: number) {
  return Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms))])
}

/**
 * Loads every page's modules. The first render would otherwise load them (about a second under
 * tsx); the server calls this at start, in the background.
 */
export async function loadPageModules(): Promise<void> {
  const router = createAppRouter(createQueryClient(), createMemoryHistory())
  await Promise.all(Object.values(router.routesById).map((route) => router.loadRouteChunk(route)))
}
