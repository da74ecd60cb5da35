import { Hono } from 'hono'
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'

export type SeenRequest = { path: string; auth: string | undefined; body: string }

/** A test's own answer for a path (and body), or undefined for the default one. */
export type UpstreamAnswer = (
  path: string,
  body: string,
) => Response | Promise<Response> | undefined

/**
 * A stand-in for Seam that records every request it gets, so a test can assert that a refused
 * request reached nothing. `answer` may replace the default `{ ok: true, devices: [] }`.
 */
export async function startRecordingUpstream(answer?: UpstreamAnswer) {
  const seen: SeenRequest[] = []
  const fake = new Hono()
  fake.all('*', async (c) => {
    const body = await c.req.text()
    seen.push({ path: c.req.path, auth: c.req.header('authorization'), body })
    const custom = answer?.(c.req.path, body)
    if (custom) return custom
    c.header('seam-request-id', 'req-ok')
    c.header('x-internal-secret', 'should-not-pass')
    return c.json({ ok: true, devices: [] })
  })
  const server = serve({ fetch: fake.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((r) => server.once('listening', r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

/** What the SPA's own fetch sends: JSON, from the page's origin (app.request() uses http://localhost). */
export const SAME_ORIGIN = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }
