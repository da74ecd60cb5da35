import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { SEAM_ROUTE_ALLOWLIST, SANDBOX_ROUTE_ALLOWLIST } from './seam-routes'
import { SessionStore, type SessionLimits } from './session'
import { mountLogin } from './login-routes'
import { envelope } from './envelope'
import { compression } from './compression'
import { mountStaticFiles } from './static-files'
import { allowedHostSet, hostGuard, sameOriginGuard } from './request-guard'
import { requestProtocol } from './client-address'
import type { LoginThrottle } from './login-throttle'

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
  /** The address the server listens on; its name joins the allowed hosts (default loopback). */
  host?: string
  /** More host names the dashboard answers to, e.g. behind a reverse proxy. */
  allowedHosts?: readonly string[]
  /** Believe X-Forwarded-Proto/-Host/-For (the dashboard sits behind a reverse proxy). */
  trustProxy?: boolean
  session?: SessionLimits
  throttle?: LoginThrottle
  /** Where one-line warnings go (failed sign-ins, aborted requests); console by default. */
  log?: (line: string) => void
}

export const API_BODY_LIMIT = 1024 * 1024
const SESSION_SWEEP_MS = 60_000

/** The dashboard: static SPA, an allowlisted `/api` proxy that holds the key, optional login. */
export function createDashboardApp(options: DashboardOptions): Hono {
  const app = new Hono()
  const log = options.log ?? ((line: string) => console.warn(line))
  const guard = {
    allowedHosts: allowedHostSet(options.host ?? '127.0.0.1', options.allowedHosts ?? []),
    trustProxy: options.trustProxy ?? false,
  }
  const backendUrl = options.backendUrl.replace(/\/+$/, '')
  const routes = new Set([
    ...SEAM_ROUTE_ALLOWLIST,
    ...(options.mode === 'sandbox' ? SANDBOX_ROUTE_ALLOWLIST : []),
  ])

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse()
    // An aborted upload or a malformed body: one line, no stack, nothing about the body itself.
    log(`[dashboard] ${c.req.method} ${c.req.path} failed: ${error.message}`)
    return envelope(c, 400, 'invalid_request', 'The request could not be read')
  })

  app.get('/healthz', (c) => c.json({ ok: true }))
  app.use('*', hostGuard(guard))
  // Outermost after the guard, so it wraps every answer below it (it acts after `next()`).
  app.use('*', compression())
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
        formAction: ["'self'"],
      },
      // Sent below only over HTTPS: over plain HTTP it is ignored at best and wrong at worst.
      strictTransportSecurity: false,
    }),
  )
  app.use('*', async (c, next) => {
    await next()
    if (requestProtocol(c, guard.trustProxy) === 'https') {
      c.header('strict-transport-security', 'max-age=31536000; includeSubDomains')
    }
  })
  app.use(
    '/api/*',
    sameOriginGuard({ ...guard, contentTypes: ['application/json'] }),
    bodyLimit({
      maxSize: API_BODY_LIMIT,
      onError: (c) => envelope(c, 413, 'payload_too_large', 'The request body is over 1 MB'),
    }),
  )

  if (options.password) {
    const sessions = new SessionStore(options.session)
    setInterval(() => sessions.sweep(), SESSION_SWEEP_MS).unref()
    mountLogin(app, {
      ...guard,
      password: options.password,
      sessions,
      log,
      throttle: options.throttle,
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
    if (c.req.method !== 'POST')
      return envelope(c, 404, 'route_not_found', `Use POST for /${route}`)
    return forward(c, `${backendUrl}/${route}`, options)
  })

  if (options.staticDir) mountStaticFiles(app, options.staticDir)

  app.notFound((c) => envelope(c, 404, 'route_not_found', `Unknown route: ${c.req.path}`))
  return app
}

/** Forwards one request to the backend with the key added; Seam's answer passes through as is. */
async function forward(c: Context, url: string, options: DashboardOptions): Promise<Response> {
  const body = await c.req.arrayBuffer()
  let upstream: Response
  try {
    upstream = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.apiKey}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: body.byteLength > 0 ? body : '{}',
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
}
