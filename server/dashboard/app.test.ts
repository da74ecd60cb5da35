// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Hono } from 'hono'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDashboardApp } from './app'
import { SAME_ORIGIN, startRecordingUpstream } from './testing/recording-upstream'
import { openTestTeam, TEST_PASSWORD } from './testing/team'
import type { Team } from '../accounts/team'

const KEY = 'seam_test_secret_key_123'
let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>
let upstreamUrl = ''
let team: Team

beforeAll(async () => {
  team = await openTestTeam()
  upstream = await startRecordingUpstream((path) =>
    path === '/access_codes/get'
      ? Response.json(
          {
            ok: false,
            error: { type: 'access_code_not_found', message: 'Not found', request_id: 'req-404' },
          },
          { status: 404, headers: { 'seam-request-id': 'req-404' } },
        )
      : undefined,
  )
  upstreamUrl = upstream.url
})
afterAll(async () => {
  await upstream.close()
  await team.close()
})

type App = Pick<Hono, 'request'>

const post = (app: App, path: string, body: unknown = {}, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...SAME_ORIGIN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('the /api proxy', () => {
  const sandboxApp = () =>
    createDashboardApp({ backendUrl: upstreamUrl, apiKey: KEY, mode: 'sandbox', team })
  const liveApp = () =>
    createDashboardApp({ backendUrl: upstreamUrl, apiKey: KEY, mode: 'live', team })

  it('forwards an allowlisted route with the key added server-side', async () => {
    upstream.seen.length = 0
    const res = await post(sandboxApp(), '/api/devices/list', { limit: 5 })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, devices: [] })
    expect(res.headers.get('seam-request-id')).toBe('req-ok')
    expect(res.headers.get('x-internal-secret')).toBeNull()
    expect(upstream.seen).toEqual([
      { path: '/devices/list', auth: `Bearer ${KEY}`, body: '{"limit":5}' },
    ])
  })

  it("passes Seam's error envelope, status and request_id through unchanged", async () => {
    const res = await post(sandboxApp(), '/api/access_codes/get', { access_code_id: 'x' })
    expect(res.status).toBe(404)
    expect(res.headers.get('seam-request-id')).toBe('req-404')
    expect(await res.json()).toEqual({
      ok: false,
      error: { type: 'access_code_not_found', message: 'Not found', request_id: 'req-404' },
    })
  })

  it('refuses routes outside the allowlist without contacting the backend', async () => {
    upstream.seen.length = 0
    for (const path of [
      '/api/api_keys/list',
      '/api/devices/delete',
      '/api/access_codes/list/../../api_keys/list',
    ]) {
      const res = await post(sandboxApp(), path)
      expect(res.status).toBe(404)
      const body = (await res.json()) as {
        ok: boolean
        error: { type: string; request_id: string }
      }
      expect(body.ok).toBe(false)
      expect(body.error.type).toBe('route_not_found')
      expect(res.headers.get('seam-request-id')).toBe(body.error.request_id)
    }
    expect(upstream.seen).toEqual([])
  })

  it('forwards sandbox controls only when the backend is the sandbox', async () => {
    expect((await post(sandboxApp(), '/api/_sandbox/clock/get')).status).toBe(200)
    expect((await post(liveApp(), '/api/_sandbox/clock/get')).status).toBe(404)
  })

  it('rejects a body over 1 MB with 413', async () => {
    const res = await post(
      sandboxApp(),
      '/api/devices/list',
      JSON.stringify({ x: 'a'.repeat(1024 * 1024 + 10) }),
    )
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe('payload_too_large')
  })

  it('answers 502 with the error envelope when the backend is unreachable', async () => {
    const app = createDashboardApp({
      backendUrl: 'http://127.0.0.1:1',
      apiKey: KEY,
      mode: 'live',
      team,
    })
    const res = await post(app, '/api/devices/list')
    expect(res.status).toBe(502)
    const text = await res.text()
    expect(JSON.parse(text).error.type).toBe('backend_unreachable')
    expect(text).not.toContain(KEY)
  })

  it('reports the backend mode but never the key', async () => {
    const res = await liveApp().request('/api/_doorman/info')
    const text = await res.text()
    expect(JSON.parse(text)).toMatchObject({ backend: { mode: 'live' } })
    expect(text).not.toContain(KEY)
  })
})

describe('sign-in', () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'doorman-static-'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Doorman SPA</title>')
  let app: App
  beforeAll(async () => {
    app = createDashboardApp({
      backendUrl: upstreamUrl,
      apiKey: KEY,
      mode: 'live',
      team,
      staticDir,
      loginRequired: true,
    })
    await team.users.add('ana@example.com', 'manager', TEST_PASSWORD)
  })

  it('sends the SPA to the login page and refuses /api without a session', async () => {
    const page = await app.request('/devices')
    expect(page.status).toBe(303)
    expect(page.headers.get('location')).toBe('/login?next=%2Fdevices')
    // A page's filters come back after sign-in: the query string is part of where to return.
    const filtered = await app.request('/access-codes?status=setting&device=d1')
    expect(filtered.headers.get('location')).toBe(
      `/login?next=${encodeURIComponent('/access-codes?status=setting&device=d1')}`,
    )
    const api = await post(app, '/api/devices/list')
    expect(api.status).toBe(401)
    expect(((await api.json()) as { error: { type: string } }).error.type).toBe('unauthorized')
  })

  it('rejects a wrong password and accepts the right one with a strict HttpOnly cookie', async () => {
    const form = (password: string) =>
      app.request('/login', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...SAME_ORIGIN },
        body: new URLSearchParams({
          email: 'ana@example.com',
          password,
          next: '//evil.example',
        }).toString(),
      })
    const wrong = await form('nope')
    expect(wrong.status).toBe(401)
    expect(await wrong.text()).toContain('That email and password do not match an account.')

    const right = await form(TEST_PASSWORD)
    expect(right.status).toBe(303)
    expect(right.headers.get('location')).toBe('/') // no open redirect
    const cookie = right.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Strict/i)

    const session = cookie.split(';')[0]!
    const spa = await app.request('/devices', { headers: { cookie: session } })
    expect(spa.status).toBe(200)
    expect(await spa.text()).toContain('Doorman SPA')
  })
})
