// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { createDashboardApp } from './app'
import { SAME_ORIGIN, startRecordingUpstream } from './testing/recording-upstream'
import { openTestTeam, TEST_PASSWORD } from './testing/team'
import type { Team } from '../accounts/team'

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>
// A list the size of 2,000 codes: large enough that compression matters.
const bigList = {
  ok: true,
  access_codes: Array.from({ length: 2000 }, (_, i) => ({
    access_code_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    device_id: 'device-1',
    name: `Guest ${i}`,
    status: 'set',
    type: 'ongoing',
    errors: [],
    warnings: [],
  })),
}
let team: Team // no accounts: a loopback dashboard that needs no sign-in
let teamWithAccount: Team
beforeAll(async () => {
  upstream = await startRecordingUpstream((path) =>
    path === '/access_codes/list' ? Response.json(bigList) : undefined,
  )
  team = await openTestTeam()
  teamWithAccount = await openTestTeam()
  await teamWithAccount.users.add('ana@example.com', 'manager', TEST_PASSWORD)
})
afterAll(async () => {
  await upstream.close()
  await team.close()
  await teamWithAccount.close()
})

const SCRIPT = `console.log(${JSON.stringify('doorman '.repeat(400))})`
const staticDir = mkdtempSync(join(tmpdir(), 'doorman-static-'))
mkdirSync(join(staticDir, 'assets'))
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Doorman SPA</title>')
writeFileSync(join(staticDir, 'assets', 'index-AbC123xy.js'), SCRIPT)
// The build writes these beside every text asset (scripts/precompress-plugin.ts).
writeFileSync(join(staticDir, 'assets', 'index-AbC123xy.js.br'), brotliCompressSync(SCRIPT))
writeFileSync(join(staticDir, 'assets', 'index-AbC123xy.js.gz'), gzipSync(SCRIPT))

const app = (extra: Partial<Parameters<typeof createDashboardApp>[0]> = {}) =>
  createDashboardApp({
    backendUrl: upstream.url,
    apiKey: 'k',
    mode: 'live',
    team,
    staticDir,
    ...extra,
  })

const listCodes = (acceptEncoding: string) =>
  app().request('/api/access_codes/list', {
    method: 'POST',
    headers: {
      ...SAME_ORIGIN,
      'content-type': 'application/json',
      'accept-encoding': acceptEncoding,
    },
    body: '{}',
  })

describe('compression', () => {
  const raw = JSON.stringify(bigList)

  it('sends /api JSON as brotli when the browser accepts it, a fraction of its size', async () => {
    const res = await listCodes('gzip, deflate, br, zstd')
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i)
    const wire = Buffer.from(await res.arrayBuffer())
    expect(brotliDecompressSync(wire).toString()).toBe(raw)
    expect(wire.byteLength).toBeLessThan(raw.length * 0.1)
  })

  it('falls back to gzip, and to nothing when the client asks for neither', async () => {
    const gz = await listCodes('gzip')
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(raw)
    const refusedBr = await listCodes('br;q=0, gzip;q=0.5')
    expect(refusedBr.headers.get('content-encoding')).toBe('gzip')
    const identity = await listCodes('identity')
    expect(identity.headers.get('content-encoding')).toBeNull()
    expect(await identity.text()).toBe(raw)
  })

  it('serves built assets precompressed', async () => {
    const res = await app().request('/assets/index-AbC123xy.js', {
      headers: { 'accept-encoding': 'gzip, br' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(SCRIPT)
  })
})

describe('static files', () => {
  it('a missing asset is a 404 nobody caches, not the SPA shell cached for a year', async () => {
    const res = await app().request('/assets/old-chunk-abc12345.js')
    expect(res.status).toBe(404)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('content-type')).not.toMatch(/html/)
  })

  it('hashed assets are immutable; the shell is revalidated on every load', async () => {
    const asset = await app().request('/assets/index-AbC123xy.js')
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    for (const path of ['/', '/index.html', '/properties/abc']) {
      const shell = await app().request(path)
      expect(shell.status, path).toBe(200)
      expect(shell.headers.get('cache-control'), path).toBe('no-cache')
    }
  })
})

describe('HTTPS: Secure cookie and HSTS only when the browser is on HTTPS', () => {
  const signIn = (dashboard: ReturnType<typeof app>, headers: Record<string, string>) =>
    dashboard.request('http://doorman.example.com/login', {
      method: 'POST',
      headers: {
        host: 'doorman.example.com',
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body: new URLSearchParams({ email: 'ana@example.com', password: TEST_PASSWORD }).toString(),
    })
  const options = () => ({ allowedHosts: ['doorman.example.com'], team: teamWithAccount })

  it('behind a trusted proxy that says https', async () => {
    const res = await signIn(app({ ...options(), trustProxy: true }), {
      'x-forwarded-proto': 'https',
      origin: 'https://doorman.example.com',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/)
  })

  it('over plain HTTP, and when an untrusted client claims https', async () => {
    const plain = await signIn(app(options()), { origin: 'http://doorman.example.com' })
    expect(plain.status).toBe(303)
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/i)
    expect(plain.headers.get('strict-transport-security')).toBeNull()
    const claimed = await app(options()).request('http://doorman.example.com/login', {
      headers: { host: 'doorman.example.com', 'x-forwarded-proto': 'https' },
    })
    expect(claimed.headers.get('strict-transport-security')).toBeNull()
  })
})

describe('referrer policy', () => {
  it("is same-origin, so a browser sends our Origin with the page's own forms", async () => {
    // Under `no-referrer` Chromium sends `Origin: null` with a same-origin form POST (sign-in,
    // sign-out), which the same-origin guard rightly refuses.
    const res = await app().request('/devices')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
  })
})
