import { AsyncLocalStorage } from 'node:async_hooks'
import type { Context } from 'hono'
import { setApiTransport, type ApiTransport } from '../../../src/api/transport'
import { requestHost, requestProtocol } from '../client-address'

/**
 * What a server render may ask for: the reads its pages' loaders and first queries make. A
 * render never changes anything, whatever the page's code asks for.
 */
export const SERVER_RENDER_READS: ReadonlySet<string> = new Set([
  '_doorman/info',
  'workspaces/get',
  'devices/get',
  'devices/list',
  'access_codes/list',
  '_doorman/access_codes/list_many',
])

/** The dashboard app's own handler (`app.request`), `env` carrying the socket. */
export type DashboardRequest = (
  url: string,
  init: RequestInit,
  env: unknown,
) => Response | Promise<Response>

/** The request a render belongs to: its answers are read as that request's user. */
const currentRender = new AsyncLocalStorage<ApiTransport>()
let installed = false

/**
 * Runs `render` with the page's API requests answered by the dashboard's own `/api` handler,
 * in this process, as the user of `c`: the same host, origin, session and permission checks a
 * browser's request meets, and the same PIN stripping. The SPA's fetch layer is one module-wide
 * transport, so each render's requests find their own user through AsyncLocalStorage rather than
 * through a global two renders would share.
 */
export function withInProcessApi<T>(
  app: DashboardRequest,
  c: Context,
  trustProxy: boolean,
  render: () => Promise<T>,
): Promise<T> {
  if (!installed) {
    installed = true
    setApiTransport((url, init) => {
      const call = currentRender.getStore()
      if (!call) return Promise.reject(new Error('An API request outside a server render'))
      return call(url, init)
    })
  }
  return currentRender.run(inProcessApi(app, c, trustProxy), render)
}

const PASSED_ON = [
  'cookie',
  'host',
  'user-agent',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
]

function inProcessApi(app: DashboardRequest, c: Context, trustProxy: boolean): ApiTransport {
  const origin = `${requestProtocol(c, trustProxy)}://${requestHost(c, trustProxy) ?? ''}`
  return async (url, init) => {
    const route = url.replace(/^\/api\//, '')
    if (!SERVER_RENDER_READS.has(route)) {
      throw new Error(`A server render only reads: ${route} is not one of its reads`)
    }
    const headers = new Headers({
      accept: 'application/json',
      origin,
      'sec-fetch-site': 'same-origin',
    })
    for (const name of PASSED_ON) {
      const value = c.req.header(name)
      if (value !== undefined) headers.set(name, value)
    }
    if (init.body !== undefined) headers.set('content-type', 'application/json')
    // c.env carries the socket: the client's address is the page request's, as for its browser.
    return app(
      new URL(url, c.req.url).href,
      {
        method: init.method ?? 'GET',
        headers,
        body: init.body ?? null,
        signal: init.signal ?? null,
      },
      c.env,
    )
  }
}
