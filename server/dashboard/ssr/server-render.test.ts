// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROLES, type Role } from '../../../src/lib/permissions'
import { sendApiRequest } from '../../../src/api/transport'
import { FIRST_PAGE_SIZE } from '../../../src/features/access-codes/api/list-access-codes'
import { startSandboxServer, type SandboxServer } from '../../sandbox/server'
import type { Team } from '../../accounts/team'
import { createDashboardApp } from '../app'
import { inlineScriptHashes } from '../csp'
import { SAME_ORIGIN } from '../testing/recording-upstream'
import { addEveryRole, openTestTeam, signIn } from '../testing/team'
import { withInProcessApi } from './in-process-api'
import { serverRenderer } from './server-renderer'

/**
 * The pages the server draws (issue #19) hold a user's codes: drawn only as that user, with what
 * that user may see, never cached, never a way to run script or to change anything.
 */

type Code = { access_code_id: string; device_id: string; name: string; code?: string | null }
type State = { queries: { queryKey: unknown[]; state: { data?: unknown } }[] }

const dirs: string[] = []
let sandbox: SandboxServer
let team: Team
let app: ReturnType<typeof createDashboardApp>
const cookies = new Map<Role, string>()
let lockId: string
let lockCodes: Code[]

const get = async (path: string, role: Role) =>
  await app.request(path, { headers: { cookie: cookies.get(role)! } })
const post = async <T>(role: Role, route: string, body: unknown) => {
  const res = await app.request(`/api/${route}`, {
    method: 'POST',
    headers: { ...SAME_ORIGIN, 'content-type': 'application/json', cookie: cookies.get(role)! },
    body: JSON.stringify(body),
  })
  return (await res.json()) as T
}

/** The answers a drawn page hands the app: every code in them. */
function codesIn(html: string): Code[] {
  const json = /<script type="application\/json" id="ssr-state">([\s\S]*?)<\/script>/.exec(html)
  if (!json) return []
  const state = JSON.parse(json[1]!) as State
  return state.queries.flatMap(({ state: { data } }) =>
    Array.isArray(data) ? (data as Code[]).filter((d) => d.access_code_id) : [],
  )
}

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'doorman-ssr-sandbox-'))
  const staticDir = mkdtempSync(join(tmpdir(), 'doorman-ssr-dist-'))
  dirs.push(dataDir, staticDir)
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><html><head><meta charset="UTF-8" /></head><body><div id="root"></div></body></html>',
  )
  sandbox = await startSandboxServer({ dataDir, port: 0, seed: 'default' })
  team = await openTestTeam()
  await addEveryRole(team, ROLES)
  app = createDashboardApp({
    backendUrl: sandbox.url,
    apiKey: sandbox.apiKey,
    mode: 'sandbox',
    team,
    staticDir,
    loginRequired: true,
  })
  for (const role of ROLES) cookies.set(role, await signIn(app, `${role}@example.com`))
  const { devices } = await post<{ devices: { device_id: string }[] }>('admin', 'devices/list', {})
  // Straight from the sandbox: the PINs, which the dashboard never sends in a list.
  for (const device of devices) {
    const res = await fetch(`${sandbox.url}/access_codes/list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ device_id: device.device_id }),
    })
    const { access_codes } = (await res.json()) as { access_codes: Code[] }
    const mine = access_codes.filter((c) => c.device_id === device.device_id)
    if (mine.length >= 3 && mine.some((c) => c.code)) {
      lockId = device.device_id
      lockCodes = mine
      break
    }
  }
}, 60_000)

afterAll(async () => {
  await sandbox.close()
  await team.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('a page the server draws', () => {
  it("holds the lock's codes, for its user only: nobody may keep a copy", async () => {
    const res = await get(`/devices/${lockId}`, 'viewer')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).toMatch(/<div id="ssr-page" inert>/)
    expect(html).toMatch(/<tr[^>]* data-index="0"/)
    for (const code of lockCodes.slice(0, 5)) expect(html).toContain(code.name)
    expect(
      codesIn(html)
        .map((c) => c.access_code_id)
        .sort(),
    ).toEqual(expect.arrayContaining(lockCodes.map((c) => c.access_code_id).sort()))
    // The app's own root follows, for the browser to draw into.
    expect(html.indexOf('<div id="root"></div>')).toBeGreaterThan(html.indexOf('ssr-state'))
  })

  it('holds no PIN, for any role: a PIN is shown only on an explicit, audited reveal', async () => {
    const pins = lockCodes.filter((c) => c.code).map((c) => `"code":"${c.code}"`)
    expect(pins.length).toBeGreaterThan(0)
    for (const role of ROLES) {
      const html = await (await get(`/devices/${lockId}`, role)).text()
      for (const pin of pins) expect(html, role).not.toContain(pin)
      expect(codesIn(html).length, role).toBeGreaterThan(0)
      expect(
        codesIn(html).filter((c) => c.code),
        role,
      ).toEqual([])
    }
  })

  it('runs no inline script the Content-Security-Policy does not name', async () => {
    for (const path of [`/devices/${lockId}`, '/access-codes', '/devices']) {
      const res = await get(path, 'admin')
      const html = await res.text()
      const allowed = /script-src ([^;]*)/.exec(res.headers.get('content-security-policy')!)![1]!
      // A JSON data block is never run, so the policy need not name it.
      const hashes = inlineScriptHashes(
        html.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, ''),
      )
      expect(hashes.length, path).toBeGreaterThan(0)
      for (const hash of hashes) expect(allowed, path).toContain(hash)
    }
  })

  it("cannot be made to run a code's name as script", async () => {
    const name = '</script><script>alert(1)</script><!--'
    const created = await post<{ ok: boolean; access_code: Code }>('admin', 'access_codes/create', {
      device_id: lockId,
      name,
    })
    expect(created.ok).toBe(true)
    const html = await (await get(`/devices/${lockId}`, 'admin')).text()
    expect(html).not.toContain('<script>alert(1)')
    expect(codesIn(html).some((c) => c.name === name)).toBe(true)
    await post('admin', 'access_codes/delete', {
      access_code_id: created.access_code.access_code_id,
    })
  })

  it('draws two users at once each as themselves', async () => {
    const pages = await Promise.all(
      (['admin', 'viewer', 'support'] as const).map((role) =>
        get('/access-codes', role).then((r) => r.text()),
      ),
    )
    const users = pages.map((html) => {
      const json = /id="ssr-state">([\s\S]*?)<\/script>/.exec(html)![1]!
      const info = (JSON.parse(json) as State).queries.find((q) => q.queryKey[0] === 'doorman-info')
      return (info?.state.data as { user: { email: string } } | undefined)?.user.email
    })
    expect(users).toEqual(['admin@example.com', 'viewer@example.com', 'support@example.com'])
    for (const html of pages) expect(codesIn(html).length).toBeGreaterThan(0)
  })

  it('draws a lock with a full first page from that page, and leaves its whole list to the browser', async () => {
    const { devices } = await post<{ devices: { device_id: string }[] }>(
      'admin',
      'devices/list',
      {},
    )
    const busy = devices.find((d) => d.device_id !== lockId)!.device_id
    for (let i = 0; i < FIRST_PAGE_SIZE; i++)
      await post('admin', 'access_codes/create', { device_id: busy, name: `Guest ${i}` })
    const html = await (await get(`/devices/${busy}`, 'admin')).text()
    const json = /id="ssr-state">([\s\S]*?)<\/script>/.exec(html)![1]!
    const keys = (JSON.parse(json) as State).queries.map((q) => q.queryKey[0])
    expect(keys).toContain('access-codes-first-page')
    expect(keys).not.toContain('access-codes')
    expect(html).toMatch(/<tr[^>]* data-index="0"/)
  })

  it('is the plain page when an answer failed: the browser retries it, and explains it if it must', async () => {
    const offline = createDashboardApp({
      backendUrl: 'http://127.0.0.1:9',
      apiKey: 'k',
      mode: 'sandbox',
      team,
      staticDir: dirs[1]!,
      loginRequired: true,
      backendTimeoutMs: 500,
    })
    const cookie = await signIn(offline, 'admin@example.com')
    for (const path of [`/devices/${lockId}`, '/access-codes', '/devices']) {
      const res = await offline.request(path, { headers: { cookie } })
      expect(res.status, path).toBe(200)
      const html = await res.text()
      expect(html, path).toContain('<div id="root"></div>')
      expect(html, path).not.toContain('id="ssr-page"')
    }
  })

  it('is not drawn without a session: the sign-in page instead', async () => {
    const res = await app.request(`/devices/${lockId}`)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toMatch(/^\/login/)
  })
})

describe("a render's requests", () => {
  it('only read: a change is refused before it reaches the backend', async () => {
    const c = {
      req: { url: 'http://localhost/devices', header: () => undefined },
      env: {},
    } as unknown as Parameters<typeof withInProcessApi>[1]
    await expect(
      withInProcessApi(
        (url, init, env) => app.request(url, init, env as never),
        c,
        false,
        () =>
          sendApiRequest('/api/access_codes/delete', {
            method: 'POST',
            body: JSON.stringify({ access_code_id: lockCodes[0]!.access_code_id }),
          }),
      ),
    ).rejects.toThrow(/only reads/)
    const { access_codes } = await post<{ access_codes: Code[] }>('admin', 'access_codes/list', {
      device_id: lockId,
    })
    expect(access_codes.map((c) => c.access_code_id)).toContain(lockCodes[0]!.access_code_id)
  })

  it('outside a render go nowhere', async () => {
    await expect(sendApiRequest('/api/devices/list', { method: 'POST' })).rejects.toThrow(
      /outside a server render/,
    )
  })
})

describe('renders at the same time', () => {
  it("run one after the other, so no request ever mixes two users' locks", async () => {
    // The fetch layer batches lock lists and limits requests module-wide (list-access-codes.ts):
    // two renders running at once could have one user's locks asked for in the other's request.
    const sent: (string | null)[] = []
    const recording = (url: string, init: RequestInit, env: unknown) => {
      sent.push(new Headers(init.headers).get('cookie'))
      return app.request(url, init, env as never)
    }
    const renderer = serverRenderer(recording, { trustProxy: false, log: () => undefined })
    const contextFor = (role: Role) =>
      ({
        req: {
          url: 'http://localhost/access-codes',
          header: (name: string) => (name === 'cookie' ? cookies.get(role) : undefined),
        },
        env: {},
      }) as unknown as Parameters<typeof renderer.render>[0]
    const pages = await Promise.all(
      (['admin', 'viewer', 'support'] as const).map((role) =>
        renderer.render(contextFor(role), '/access-codes'),
      ),
    )
    for (const page of pages) expect(page?.hasRows).toBe(true)
    // Every request of the first render, then every one of the second, then the third's.
    const runs = sent.filter((cookie, i) => i === 0 || cookie !== sent[i - 1])
    expect(runs).toEqual([cookies.get('admin'), cookies.get('viewer'), cookies.get('support')])
  })
})
