// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDashboardApp } from './app'
import { SAME_ORIGIN, startRecordingUpstream } from './testing/recording-upstream'
import { openTestTeam } from './testing/team'
import type { Team } from '../accounts/team'
import { allowedHostSet, hostnameOf } from './request-guard'

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>
let team: Team
beforeAll(async () => {
  upstream = await startRecordingUpstream()
  team = await openTestTeam()
})
afterAll(async () => {
  await upstream.close()
  await team.close()
})
beforeEach(() => void (upstream.seen.length = 0))

const staticDir = mkdtempSync(join(tmpdir(), 'doorman-guard-'))
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Doorman SPA</title>')

const app = (extra: Partial<Parameters<typeof createDashboardApp>[0]> = {}) =>
  createDashboardApp({
    backendUrl: upstream.url,
    apiKey: 'k',
    mode: 'sandbox',
    team,
    staticDir,
    ...extra,
  })

type ErrorBody = { ok: false; error: { type: string; message: string; request_id: string } }

async function expectRefused(res: Response, type: string) {
  expect(res.status).toBe(403)
  const body = (await res.json()) as ErrorBody
  expect(body.ok).toBe(false)
  expect(body.error.type).toBe(type)
  expect(body.error.request_id).toBe(res.headers.get('seam-request-id'))
  expect(upstream.seen).toEqual([])
}

const createBody = JSON.stringify({ device_id: 'd1', name: 'Attacker', code: '1234' })

describe('cross-site requests are refused before anything is forwarded', () => {
  // What <form enctype="text/plain" action="http://127.0.0.1:5173/api/access_codes/create">
  // on another site sends: its own Origin, a simple content type, Sec-Fetch-Site cross-site;
  // then the other ways a request can come from somewhere other than the page itself.
  const crossSite: { name: string; path: string; headers: Record<string, string>; body: string }[] =
    [
      {
        name: 'a cross-site HTML form posting text/plain JSON (the no-password attack)',
        path: '/api/access_codes/create',
        headers: {
          'content-type': 'text/plain',
          origin: 'https://evil.example',
          'sec-fetch-site': 'cross-site',
        },
        body: `${createBody.slice(0, -1)}, "x": "=1"}`,
      },
      {
        name: 'the same form from an old browser that sends no Sec-Fetch-Site',
        path: '/api/access_codes/create',
        headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
        body: createBody,
      },
      {
        name: 'a foreign Origin, even with a JSON content type',
        path: '/api/access_codes/create',
        headers: { 'content-type': 'application/json', origin: 'http://localhost.evil.example' },
        body: createBody,
      },
      {
        name: 'an opaque `null` Origin (sandboxed iframe, data: URL)',
        path: '/api/_sandbox/reset',
        headers: { 'content-type': 'application/json', origin: 'null' },
        body: '{}',
      },
      {
        name: 'a same-site but cross-origin page (another port on this machine)',
        path: '/api/_sandbox/reset',
        headers: {
          'content-type': 'application/json',
          origin: 'http://localhost:8080',
          'sec-fetch-site': 'same-site',
        },
        body: '{}',
      },
      {
        name: 'a body-carrying request with no Origin at all',
        path: '/api/_sandbox/reset',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      },
    ]
  for (const { name, path, headers, body } of crossSite) {
    it(name, async () => {
      const res = await app().request(path, { method: 'POST', headers, body })
      await expectRefused(res, 'cross_site_request')
    })
  }

  it('a same-origin request whose body is not JSON', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await app().request('/api/access_codes/create', {
        method: 'POST',
        headers: { ...SAME_ORIGIN, 'content-type': type },
        body: createBody,
      })
      await expectRefused(res, 'unsupported_content_type')
    }
  })

  it('DNS rebinding: a foreign Host is refused for /api, the SPA and /login alike', async () => {
    const rebound = { host: 'rebind.evil.example:5173' }
    const list = await app().request('http://rebind.evil.example:5173/api/access_codes/list', {
      method: 'POST',
      headers: {
        ...rebound,
        'content-type': 'application/json',
        origin: 'http://rebind.evil.example:5173',
        'sec-fetch-site': 'same-origin',
      },
      body: '{}',
    })
    await expectRefused(list, 'forbidden_host')
    const spa = await app().request('http://rebind.evil.example:5173/devices', { headers: rebound })
    expect(spa.status).toBe(403)
    const login = await app({ loginRequired: true }).request(
      'http://rebind.evil.example:5173/login',
      { headers: rebound },
    )
    expect(login.status).toBe(403)
  })

  it("the page's own requests pass: a JSON POST from its origin, by loopback name or address", async () => {
    const own = await app().request('/api/devices/list', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, 'content-type': 'application/json; charset=utf-8' },
      body: '{}',
    })
    expect(own.status).toBe(200)
    const byAddress = await app().request('http://127.0.0.1:5173/api/devices/list', {
      method: 'POST',
      headers: {
        host: '127.0.0.1:5173',
        origin: 'http://127.0.0.1:5173',
        'content-type': 'application/json',
      },
      body: '{}',
    })
    expect(byAddress.status).toBe(200)
    expect(upstream.seen.map((r) => r.path)).toEqual(['/devices/list', '/devices/list'])
  })

  it('a name from DOORMAN_ALLOWED_HOSTS passes behind a TLS-terminating proxy', async () => {
    // What the proxy hands on: plain HTTP, the browser's https Origin and X-Forwarded-Proto.
    const viaProxy = (trustProxy: boolean) =>
      app({ allowedHosts: ['doorman.example.com'], trustProxy }).request(
        'http://doorman.example.com/api/devices/list',
        {
          method: 'POST',
          headers: {
            host: 'doorman.example.com',
            'x-forwarded-proto': 'https',
            origin: 'https://doorman.example.com',
            'content-type': 'application/json',
          },
          body: '{}',
        },
      )
    expect((await viaProxy(true)).status).toBe(200)
    // Without TRUST_PROXY the https Origin does not match the plain-HTTP request.
    upstream.seen.length = 0
    await expectRefused(await viaProxy(false), 'cross_site_request')
  })

  it('a GET from another site cannot read /api either', async () => {
    const res = await app().request('/api/_doorman/info', {
      headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    })
    await expectRefused(res, 'cross_site_request')
  })
})

describe('allowed hosts', () => {
  it('are loopback names, the bind address and the configured names, without ports', () => {
    expect([...allowedHostSet('0.0.0.0', [' Doorman.Example.com:443 ', ''])].sort()).toEqual([
      '127.0.0.1',
      '[::1]',
      'doorman.example.com',
      'localhost',
    ])
    expect(allowedHostSet('192.168.1.20', []).has('192.168.1.20')).toBe(true)
    expect(allowedHostSet('::1', []).has('[::1]')).toBe(true)
  })

  it('parse Host headers, refusing what is not a host', () => {
    expect(hostnameOf('Example.com:5173')).toBe('example.com')
    expect(hostnameOf('[::1]:80')).toBe('[::1]')
    expect(hostnameOf('evil.example/@127.0.0.1')).toBe('evil.example')
    expect(hostnameOf(undefined)).toBeUndefined()
    expect(hostnameOf('a b')).toBeUndefined()
  })
})
