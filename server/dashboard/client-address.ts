import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'

/**
 * Who is asking. Behind a trusted reverse proxy (TRUST_PROXY=1) the proxy appends the peer to
 * `X-Forwarded-For`, so the last entry is the one nobody else could forge; otherwise it is the
 * socket's own address. `app.request()` in tests has no socket: that is "unknown".
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')
    const last = forwarded?.split(',').at(-1)?.trim()
    if (last) return last
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** `https` when this request reached us over TLS, directly or through a trusted proxy. */
export function requestProtocol(c: Context, trustProxy: boolean): 'http' | 'https' {
  if (trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
    if (proto === 'https' || proto === 'http') return proto
  }
  return new URL(c.req.url).protocol === 'https:' ? 'https' : 'http'
}

/** The host the browser asked for (a trusted proxy may pass it on in `X-Forwarded-Host`). */
export function requestHost(c: Context, trustProxy: boolean): string | undefined {
  const forwarded = trustProxy ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim() : undefined
  // @hono/node-server builds the URL from the Host header; `app.request()` in tests from its URL.
  return forwarded || c.req.header('host') || new URL(c.req.url).host || undefined
}
