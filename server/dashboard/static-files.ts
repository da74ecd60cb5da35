import type { Env, Hono } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { envelope } from './envelope'
import { pageHtmlFor } from './page-hints'
import { pageStream, ROOT_ELEMENT } from './ssr/page-stream'
import type { ServerRenderer } from './ssr/server-renderer'

// Vite names every built asset `name-<hash>.ext`: only those may be cached for good.
const HASHED_ASSET = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/

/**
 * The built SPA. Hashed assets are immutable; a missing asset is a 404 that nobody caches (a tab
 * still running an old build then fails to load a chunk, rather than caching HTML as script);
 * every other GET gets `index.html`, revalidated on each load so a deploy is picked up.
 */
export function mountStaticFiles<E extends Env>(
  app: Hono<E>,
  root: string,
  serverRenderer?: ServerRenderer,
): void {
  const indexPath = join(root, 'index.html')
  if (!existsSync(indexPath)) {
    throw new Error(`No built SPA at ${indexPath}. Run "npm run build" first.`)
  }
  const indexHtml = readFileSync(indexPath, 'utf8')
  const pageHtml = pageHtmlFor(indexHtml, root)
  const renderer = indexHtml.includes(ROOT_ELEMENT) ? serverRenderer : undefined

  app.use('*', async (c, next) => {
    await next()
    if (c.res.status !== 200 || c.res.headers.has('cache-control')) return
    const immutable = HASHED_ASSET.test(c.req.path)
    c.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
  })
  // Vite's manifest is read by the server (page-hints.ts), not served.
  app.get('/.vite/*', (c) => envelope(c, 404, 'not_found', `No such file: ${c.req.path}`))
  // `/` too (serveStatic would send the bare index.html): it opens the devices page.
  app.get('/', (c) => c.html(pageHtml('/')))
  app.use('*', serveStatic({ root, precompressed: true }))
  app.get('/assets/*', (c) => {
    const res = envelope(c, 404, 'not_found', `No such file: ${c.req.path}`)
    res.headers.set('cache-control', 'no-store')
    return res
  })
  // Client-side routes: every other GET gets the SPA shell, and the pages people land on it with
  // their first rows drawn (ssr/). That page holds the user's data: nobody may keep a copy.
  app.get('*', (c) => {
    if (!renderer?.renders(c.req.path)) return c.html(pageHtml(c.req.path))
    const url = new URL(c.req.url)
    const page = renderer.render(c, url.pathname + url.search)
    return c.body(pageStream(pageHtml(c.req.path, { earlyRequests: false }), page), 200, {
      'content-type': 'text/html; charset=UTF-8',
      'cache-control': 'no-store',
    })
  })
}
