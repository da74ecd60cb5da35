import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import type { Team } from '../accounts/team'
import { SEAM_ROUTES, SANDBOX_ROUTES } from './seam-routes'
import { mountAuth } from './auth'
import { envelope } from './envelope'
import { compression } from './compression'
import { mountStaticFiles } from './static-files'
import { contentSecurityPolicy, spaInlineScriptHashes } from './csp'
import { EARLY_REQUESTS_SCRIPT_SOURCE } from './page-hints'
import { SERVER_ROWS_MARK_SCRIPT_SOURCE } from './ssr/page-stream'
import { serverRenderer } from './ssr/server-renderer'
import { allowedHostSet, hostGuard, sameOriginGuard } from './request-guard'
import { requestProtocol } from './client-address'
import type { LoginThrottle } from './login-throttle'
import type { DashboardEnv } from './actor'
import { auditWriter } from './audit-writer'
import { seamProxy } from './proxy'
import { mountDoormanRoutes } from './doorman-routes'

export type BackendMode = 'sandbox' | 'live'

export type DashboardOptions = {
  /** Base URL of the Seam-compatible backend (the sandbox, or Seam itself). */
  backendUrl: string
  /** Sent as `Authorization: Bearer …` to the backend; never sent to the browser. */
  apiKey: string
  mode: BackendMode
  /** Accounts, sessions and the audit log. */
  team: Team
  /** Directory holding the built SPA; omitted in `npm run dev`, where Vite serves it. */
  staticDir?: string | undefined
  /** Abort a backend request after this long (ms). */
  backendTimeoutMs?: number
  /** The address the server listens on; its name joins the allowed hosts (default loopback). */
  host?: string
  /** Require a sign-in even before any account exists (any non-loopback host). */
  loginRequired?: boolean
  /** More host names the dashboard answers to, e.g. behind a reverse proxy. */
  allowedHosts?: readonly string[]
  /** Believe X-Forwarded-Proto/-Host/-For (the dashboard sits behind a reverse proxy). */
  trustProxy?: boolean
  throttle?: LoginThrottle
  /** Where one-line warnings go (failed sign-ins, aborted requests); console by default. */
  log?: (line: string) => void
  now?: () => number
}

export const API_BODY_LIMIT = 1024 * 1024

/** The dashboard: static SPA, an allowlisted `/api` proxy that holds the key, sign-in and audit. */
export function createDashboardApp(options: DashboardOptions): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>()
  const log = options.log ?? ((line: string) => console.warn(line))
  const guard = {
    allowedHosts: allowedHostSet(options.host ?? '127.0.0.1', options.allowedHosts ?? []),
    trustProxy: options.trustProxy ?? false,
  }
  const backend = {
    url: options.backendUrl.replace(/\/+$/, ''),
    apiKey: options.apiKey,
    timeoutMs: options.backendTimeoutMs ?? 30_000,
  }
  const routes = new Map([...SEAM_ROUTES, ...(options.mode === 'sandbox' ? SANDBOX_ROUTES : [])])
  const record = auditWriter(options.team.audit, { trustProxy: guard.trustProxy, now: options.now })

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
      // The built index.html's own inline scripts (the theme) and the early-requests script the
      // server adds to each page it serves (page-hints.ts), each by its hash; none without a SPA.
      contentSecurityPolicy: contentSecurityPolicy(
        options.staticDir
          ? [
              ...spaInlineScriptHashes(options.staticDir),
              EARLY_REQUESTS_SCRIPT_SOURCE,
              SERVER_ROWS_MARK_SCRIPT_SOURCE,
            ]
          : [],
      ),
      // Sent below only over HTTPS: over plain HTTP it is ignored at best and wrong at worst.
      strictTransportSecurity: false,
      // Not `no-referrer` (Hono's default): under it a browser sends `Origin: null` with our own
      // sign-in form, and the same-origin guard would refuse it. `same-origin` still sends no
      // referrer to other sites.
      referrerPolicy: 'same-origin',
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

  mountAuth(app, {
    ...guard,
    team: options.team,
    record,
    loginRequired: options.loginRequired ?? false,
    throttle: options.throttle,
    log,
  })
  mountDoormanRoutes(app, { team: options.team, record, backend, mode: options.mode })
  app.all('/api/*', seamProxy({ backend, routes, record, log }))

  if (options.staticDir) {
    const renderer = serverRenderer((url, init, env) => app.request(url, init, env as never), {
      trustProxy: guard.trustProxy,
      log,
    })
    mountStaticFiles(app, options.staticDir, renderer)
  }

  app.notFound((c) => envelope(c, 404, 'route_not_found', `Unknown route: ${c.req.path}`))
  return app
}
