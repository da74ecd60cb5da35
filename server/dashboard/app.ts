import { Hono, type Context } from 'hono'
import { getCookie, setCookie, deleteCookie } from 'hono/cookie'
import { compress } from 'hono/compress'
import { secureHeaders } from 'hono/secure-headers'
import { serveStatic } from '@hono/node-server/serve-static'
import { randomUUID } from 'node:crypto'
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { SEAM_ROUTE_ALLOWLIST, SANDBOX_ROUTE_ALLOWLIST } from './seam-routes'
import { SessionStore, SESSION_COOKIE, passwordMatches } from './session'
import { loginPage } from './login-page'

export type BackendMode = 'sandbox' | 'live'

export type DashboardOptions = {
  /** Base URL of the Seam-compatible backend (the sandbox, or Seam itself). */
  backendUrl: string
  /** Sent as `Authorization: Bearer …` to the backend; never sent to the browser. */
  apiKey: string
  mode: BackendMode
  /** When set, a login page and a session cookie guard the SPA and `/api`. */
  password?: string | undefined
  /** Directory holding the built SPA; omitted in `npm run dev`, where Vite serves it. */
  staticDir?: string | undefined
  /** Abort a backend request after this long (ms). */
  backendTimeoutMs?: number
}

const MAX_BODY_BYTES = 1024 * 1024

function envelope(
  c: Context,
  status: 400 | 401 | 404 | 413 | 502 | 504,
  type: string,
  message: string,
) {
  const requestId = randomUUID()
  c.header('seam-request-id', requestId)
  return c.json({ ok: false, error: { type, message, request_id: requestId } }, status)
}

/** The dashboard: static SPA, an allowlisted `/api` proxy that holds the key, optional login. */
export function createDashboardApp(options: DashboardOptions): Hono {
  const app = new Hono()
  const sessions = new SessionStore()
  const backendUrl = options.backendUrl.replace(/\/+$/, '')
  const routes = new Set([
    ...SEAM_ROUTE_ALLOWLIST,
    ...(options.mode === 'sandbox' ? SANDBOX_ROUTE_ALLOWLIST : []),
  ])

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  )

  app.get('/healthz', (c) => c.json({ ok: true }))

  if (options.password) {
    const password = options.password
    app.get('/login', (c) => c.html(loginPage({ next: c.req.query('next') })))
    app.post('/login', async (c) => {
      const form = await c.req.parseBody()
      const given = typeof form['password'] === 'string' ? form['password'] : ''
      const nextRaw = typeof form['next'] === 'string' ? form['next'] : '/'
      // Only same-site paths, so the login page cannot be used as an open redirect.
      const next = nextRaw.startsWith('/') && !nextRaw.startsWith('//') ? nextRaw : '/'
      if (!passwordMatches(given, password)) {
        return c.html(loginPage({ error: 'That password is not right.', next }), 401)
      }
      setCookie(c, SESSION_COOKIE, sessions.create(), {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure: c.req.url.startsWith('https:'),
      })
      return c.redirect(next, 303)
    })
    app.post('/logout', (c) => {
      sessions.revoke(getCookie(c, SESSION_COOKIE))
      deleteCookie(c, SESSION_COOKIE, { path: '/' })
      return c.redirect('/login', 303)
    })
    app.use('*', async (c, next) => {
      if (c.req.path === '/favicon.svg' || sessions.isValid(getCookie(c, SESSION_COOKIE)))
        return next()
      if (c.req.path.startsWith('/api/'))
        return envelope(c, 401, 'unauthorized', 'Sign in to use the API')
      return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303)
    })
  }

  app.get('/api/_doorman/info', (c) =>
    c.json({
      ok: true,
      backend: { mode: options.mode },
      auth: { enabled: Boolean(options.password) },
    }),
  )

  app.all('/api/*', async (c) => {
    const route = c.req.path.slice('/api/'.length)
    if (!routes.has(route)) return envelope(c, 404, 'route_not_found', `Unknown route: /${route}`)
    if (c.req.method !== 'POST' && c.req.method !== 'GET') {
      return envelope(c, 404, 'route_not_found', `Use POST for /${route}`)
    }
    const length = Number(c.req.header('content-length') ?? 0)
    if (length > MAX_BODY_BYTES)
      return envelope(c, 413, 'payload_too_large', 'The request body is over 1 MB')

    const body = c.req.method === 'POST' ? await c.req.arrayBuffer() : undefined
    if (body && body.byteLength > MAX_BODY_BYTES) {
      return envelope(c, 413, 'payload_too_large', 'The request body is over 1 MB')
    }
    const search = new URL(c.req.url).search
    let upstream: Response
    try {
      upstream = await fetch(`${backendUrl}/${route}${search}`, {
        method: c.req.method,
        headers: {
          authorization: `Bearer ${options.apiKey}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: body && body.byteLength > 0 ? body : c.req.method === 'POST' ? '{}' : undefined,
        signal: AbortSignal.timeout(options.backendTimeoutMs ?? 30_000),
      })
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError'
      return timedOut
        ? envelope(c, 504, 'backend_timeout', 'The Seam backend did not answer in time')
        : envelope(c, 502, 'backend_unreachable', 'Could not reach the Seam backend')
    }
    // Pass Seam's body, status and request id through unchanged; copy only safe headers.
    const headers = new Headers({
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
    })
    for (const name of ['seam-request-id', 'retry-after']) {
      const value = upstream.headers.get(name)
      if (value) headers.set(name, value)
    }
    headers.set('cache-control', 'no-store')
    return new Response(upstream.body, { status: upstream.status, headers })
  })

  if (options.staticDir) {
    const root = options.staticDir
    const indexPath = join(root, 'index.html')
    if (!existsSync(indexPath)) {
      throw new Error(`No built SPA at ${indexPath}. Run "npm run build" first.`)
    }
    const indexHtml = readFileSync(indexPath, 'utf8')
    app.use('/assets/*', async (c, next) => {
      await next()
      if (c.res.status === 200) c.header('cache-control', 'public, max-age=31536000, immutable')
    })
    app.use('*', compress())
    app.use('*', serveStatic({ root }))
    // Client-side routes: every other GET gets the SPA shell.
    app.get('*', (c) => {
      c.header('cache-control', 'no-cache')
      return c.html(indexHtml)
    })
  }

  app.notFound((c) => envelope(c, 404, 'route_not_found', `Unknown route: ${c.req.path}`))

  return app
}
