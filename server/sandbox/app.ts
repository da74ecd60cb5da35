import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { asciiJson } from './ascii-json'
import { JSON_HEADERS, type Sandbox, type SandboxCtx, type SandboxEnv } from './context'
import { SandboxError } from './errors'
import { faultErrorType } from './faults'
import { REQUEST_ID_HEADER, requestId } from './request-id'
import { registerAccessCodeRoutes } from './routes/access-codes'
import { registerActionAttemptRoutes } from './routes/action-attempts'
import { registerControlRoutes } from './routes/control'
import { registerDeviceRoutes } from './routes/devices'
import { registerEventRoutes } from './routes/events'
import { registerUnmanagedRoutes } from './routes/unmanaged'
import { registerWorkspaceRoutes } from './routes/workspaces'

export const MAX_BODY_BYTES = 1024 * 1024
const CONTROL_PREFIX = '/_sandbox/'

function errorResponse(c: SandboxCtx, err: SandboxError) {
  const request_id = c.get('requestId')
  const error = {
    type: err.type,
    message: err.message,
    request_id,
    ...(err.validationErrors ? { validation_errors: err.validationErrors } : {}),
  }
  const res = c.body(asciiJson({ ok: false, error }), err.status, JSON_HEADERS)
  res.headers.set(REQUEST_ID_HEADER, request_id)
  for (const [k, v] of Object.entries(err.headers ?? {})) res.headers.set(k, v)
  return res
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function createSandboxApp(sb: Sandbox) {
  const app = new Hono<SandboxEnv>()

  app.use('*', requestId)

  // Never leak a stack, path or SQL: unexpected errors become a generic 500.
  app.onError((err, c) => {
    if (err instanceof SandboxError) return errorResponse(c, err)
    console.error(`[sandbox] ${c.req.method} ${c.req.path} failed:`, err)
    return errorResponse(
      c,
      new SandboxError(500, 'internal_server_error', 'An unexpected error occurred'),
    )
  })
  app.notFound((c) =>
    errorResponse(
      c,
      new SandboxError(404, 'route_not_found', `No route for ${c.req.method} ${c.req.path}`),
    ),
  )

  // The rest of the body is never read, so the connection cannot be reused: close it.
  const tooLarge = (c: SandboxCtx) =>
    errorResponse(
      c,
      new SandboxError(413, 'payload_too_large', 'Request body exceeds 1 MB', undefined, {
        connection: 'close',
      }),
    )
  const limitStreamedBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => tooLarge(c as SandboxCtx),
  })
  // Hono's bodyLimit starts with `c.req.raw.body`, which makes @hono/node-server build a full
  // undici Request and web stream for every request (then the body is read through them). With
  // a Content-Length it only compares that header, so do the same from Node's parsed headers
  // and keep bodyLimit for chunked bodies. GET/HEAD bodies are never read.
  app.use('*', (c, next) => {
    const method = c.req.method
    if (method === 'GET' || method === 'HEAD') return next()
    const headers = c.env?.incoming?.headers
    const length = headers?.['content-length']
    if (length === undefined || headers!['transfer-encoding'] !== undefined)
      return limitStreamedBody(c, next)
    return Number.parseInt(length, 10) > MAX_BODY_BYTES ? Promise.resolve(tooLarge(c)) : next()
  })

  app.use('*', async (c, next) => {
    const header = c.req.header('authorization') ?? ''
    const match = /^Bearer\s+(.+)$/i.exec(header.trim())
    if (!match || match[1] !== sb.apiKey) {
      throw new SandboxError(
        401,
        'unauthorized',
        'Missing or invalid Authorization: Bearer <api key>',
      )
    }
    await next()
  })

  app.use('*', async (c, next) => {
    if (c.req.path.startsWith(CONTROL_PREFIX)) return next()
    const fault = sb.faults.take(c.req.path)
    if (fault?.latency_ms) await sleep(fault.latency_ms)
    if (fault?.drop) {
      c.env.incoming.socket.destroy()
      return c.body(null, 500)
    }
    if (fault?.status) {
      const headers: Record<string, string> =
        fault.retry_after !== undefined ? { 'Retry-After': String(fault.retry_after) } : {}
      throw new SandboxError(
        fault.status as 500,
        faultErrorType(fault.status),
        'Injected fault (sandbox)',
        undefined,
        headers,
      )
    }
    // Lazy simulation: apply what fell due before answering (see tickForRequest).
    sb.sim.tickForRequest(sb.clock.now())
    await next()
  })

  registerDeviceRoutes(app, sb)
  registerAccessCodeRoutes(app, sb)
  registerUnmanagedRoutes(app, sb)
  registerEventRoutes(app, sb)
  registerActionAttemptRoutes(app, sb)
  registerWorkspaceRoutes(app, sb)
  registerControlRoutes(app, sb)
  return app
}
