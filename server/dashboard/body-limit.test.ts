// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, type ServerType } from '@hono/node-server'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createDashboardApp } from './app'
import { startRecordingUpstream } from './testing/recording-upstream'
import { openTestTeam } from './testing/team'
import type { Team } from '../accounts/team'

const MB = 1024 * 1024
let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>
const servers: ServerType[] = []
const teams: Team[] = []
// One dashboard as `npm start` runs by default (no accounts), one that requires a sign-in.
let openOrigin = ''
let lockedOrigin = ''

async function listen(loginRequired: boolean): Promise<string> {
  const team = await openTestTeam()
  teams.push(team)
  const app = createDashboardApp({
    backendUrl: upstream.url,
    apiKey: 'k',
    mode: 'sandbox',
    team,
    loginRequired,
    log: () => {},
  })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  servers.push(server)
  await new Promise((r) => server.once('listening', r))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  upstream = await startRecordingUpstream()
  openOrigin = await listen(false)
  lockedOrigin = await listen(true)
})
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
  await upstream.close()
  await Promise.all(teams.map((t) => t.close()))
})

type Outcome = { status: number; sentBeforeAnswer: number; peakGrowth: number }

/**
 * Streams up to `totalBytes` as a chunked body (no Content-Length), as an attacker would, and
 * samples this process's memory (the server runs in it) until the server answers and the
 * upload ends. Stops sending once the server has answered or closed the connection.
 */
function sendChunked(
  origin: string,
  path: string,
  contentType: string,
  totalBytes: number,
): Promise<Outcome> {
  const chunk = Buffer.alloc(64 * 1024, 'a')
  const base = process.memoryUsage().rss
  let peak = base
  let sent = 0
  let answeredAt = -1
  let status = 0
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  return new Promise((resolve, reject) => {
    const finish = () => {
      clearInterval(sample)
      resolve({ status, sentBeforeAnswer: answeredAt, peakGrowth: peak - base })
    }
    const req = request(`${origin}${path}`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        origin,
        'transfer-encoding': 'chunked',
      },
    })
    req.on('response', (res) => {
      status = res.statusCode ?? 0
      answeredAt = sent
      res.resume()
      res.on('end', () => {
        req.destroy()
        finish()
      })
    })
    req.on('error', (error) => (status ? finish() : reject(error)))
    const pump = () => {
      while (answeredAt < 0 && sent < totalBytes && !req.destroyed) {
        sent += chunk.byteLength
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      if (sent >= totalBytes) req.end()
    }
    pump()
  })
}

describe('request bodies are capped while they are read', () => {
  // The login form (on the dashboard with accounts) and the API proxy have caps of their own;
  // neither reads far past its cap, holds the body in memory, or forwards any of it.
  it.each([
    {
      path: '/login',
      cap: '16 KB',
      origin: () => lockedOrigin,
      type: 'application/x-www-form-urlencoded',
      sentBelow: 8 * MB,
    },
    {
      path: '/api/access_codes/create',
      cap: '1 MB',
      origin: () => openOrigin,
      type: 'application/json',
      sentBelow: 16 * MB,
    },
  ])(
    'a 300 MB chunked body to $path is refused at $cap without growing memory, and never forwarded',
    async ({ path, origin, type, sentBelow }) => {
      upstream.seen.length = 0
      const outcome = await sendChunked(origin(), path, type, 300 * MB)
      expect(outcome.status).toBe(413)
      expect(outcome.sentBeforeAnswer).toBeLessThan(sentBelow)
      expect(outcome.peakGrowth).toBeLessThan(64 * MB)
      expect(upstream.seen).toEqual([])
    },
  )

  it('a declared Content-Length over the cap is refused before any of the body is read', async () => {
    const res = await fetch(`${openOrigin}/api/devices/list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: openOrigin },
      body: 'x'.repeat(MB + 1),
    })
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe('payload_too_large')
  })
})
