import type { Context } from 'hono'
import { withInProcessApi, type DashboardRequest } from './in-process-api'
import {
  loadPageModules,
  renderPage,
  SERVER_RENDERED_PATHS,
  type RenderedPage,
} from './render-page'

export type ServerRenderer = {
  /** Whether the server draws this path's first rows itself. */
  renders(path: string): boolean
  /** The page at `url` as the user of `c` sees it, or null when it could not be drawn. */
  render(c: Context, url: string): Promise<RenderedPage | null>
}

/**
 * Draws pages one at a time. The SPA's fetch layer batches lock lists and limits requests
 * module-wide (list-access-codes.ts): two renders at once could share a batch, and one user's
 * page be answered with another user's request. In turn, no batch ever holds two renders.
 */
export function serverRenderer(
  app: DashboardRequest,
  options: { trustProxy: boolean; log: (line: string) => void },
): ServerRenderer {
  let previous: Promise<unknown> = loadPageModules().catch((error: unknown) =>
    options.log(`[dashboard] could not load the pages for server renders: ${String(error)}`),
  )
  return {
    renders: (path) => SERVER_RENDERED_PATHS.some((pattern) => pattern.test(path)),
    render(c, url) {
      const run = previous.then(() =>
        withInProcessApi(app, c, options.trustProxy, () => renderPage(url)),
      )
      previous = run.catch(() => undefined)
      return run.catch((error: unknown) => {
        // The browser draws the page itself, as without a server render.
        options.log(
          `[dashboard] server render of ${c.req.path} failed: ${error instanceof Error ? error.message : String(error)}`,
        )
        return null
      })
    },
  }
}
