import type { MiddlewareHandler } from 'hono'
import { randomUUID } from 'node:crypto'
import type { SandboxEnv } from './context'

export const REQUEST_ID_HEADER = 'seam-request-id'

/** Every response, success or error, carries a fresh id that error bodies repeat as `request_id`. */
export const requestId: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  const id = randomUUID()
  c.set('requestId', id)
  await next()
  c.res.headers.set(REQUEST_ID_HEADER, id)
}
