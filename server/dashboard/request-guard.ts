import type { Context, MiddlewareHandler } from 'hono'
import { isIP } from 'node:net'
import { envelope } from './envelope'
import { requestHost, requestProtocol } from './client-address'

export type GuardOptions = {
  /** Host names (no port) this dashboard answers to: loopback names, HOST, DOORMAN_ALLOWED_HOSTS. */
  allowedHosts: ReadonlySet<string>
  /** Believe X-Forwarded-Proto/-Host/-For from a reverse proxy in front of us. */
  trustProxy: boolean
}

/** `example.com:5173` → `example.com`; `[::1]:80` → `[::1]`; undefined when it is not a host. */
export function hostnameOf(host: string | undefined): string | undefined {
  if (!host) return undefined
  try {
    return new URL(`http://${host}`).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

/** The names a browser may use for this server. A wildcard bind adds no name of its own. */
export function allowedHostSet(bindHost: string, extra: readonly string[]): Set<string> {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]'])
  const bind = isIP(bindHost) === 6 ? `[${bindHost}]` : bindHost
  if (bindHost !== '0.0.0.0' && bindHost !== '::') hosts.add(hostnameOf(bind) ?? bind)
  for (const name of extra) {
    const hostname = hostnameOf(name.trim())
    if (hostname) hosts.add(hostname)
  }
  return hosts
}

function hostAllowed(c: Context, options: GuardOptions): boolean {
  const hostname = hostnameOf(requestHost(c, options.trustProxy))
  if (!hostname) return false
  // A DNS-rebinding page can only send a name, never a loopback IP literal.
  if (isIP(hostname) === 4 && hostname.startsWith('127.')) return true
  return options.allowedHosts.has(hostname)
}

/**
 * Refuses any request whose Host is not one of ours: a page on `rebind.evil.example` that has
 * re-pointed its DNS at 127.0.0.1 reaches this server with its own name in Host.
 */
export function hostGuard(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    if (!hostAllowed(c, options)) {
      return envelope(c, 403, 'forbidden_host', 'This host name is not allowed for Doorman')
    }
    return next()
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD'])

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/**
 * Proof that a request comes from Doorman's own page, not from another site's form, `fetch`
 * or a rebinding page: the browser-set `Origin` (required on every body-carrying request) must be
 * our own origin, `Sec-Fetch-Site` (where the browser sends it) must say same-origin, and the body
 * must be one of `contentTypes` (a cross-site form can only send form encodings or text/plain
 * without a CORS preflight, which we never grant).
 */
export function sameOriginGuard(
  options: GuardOptions & { contentTypes: readonly string[] },
): MiddlewareHandler {
  return async (c, next) => {
    const safe = SAFE_METHODS.has(c.req.method)
    const fetchSite = c.req.header('sec-fetch-site')
    if (fetchSite && fetchSite !== 'same-origin' && !(safe && fetchSite === 'none')) {
      return envelope(c, 403, 'cross_site_request', 'Requests must come from the Doorman page')
    }
    const origin = c.req.header('origin')
    const ownOrigin = `${requestProtocol(c, options.trustProxy)}://${requestHost(c, options.trustProxy) ?? ''}`
    if (origin !== undefined ? origin.toLowerCase() !== ownOrigin.toLowerCase() : !safe) {
      return envelope(c, 403, 'cross_site_request', 'Requests must come from the Doorman page')
    }
    if (!safe && !options.contentTypes.includes(mediaType(c))) {
      return envelope(
        c,
        403,
        'unsupported_content_type',
        `Send the body as ${options.contentTypes.join(' or ')}`,
      )
    }
    return next()
  }
}
