// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  EARLY_REQUESTS_SCRIPT,
  EARLY_REQUESTS_SCRIPT_SOURCE,
  pageHtmlFor,
  ROUTE_MODULES,
  routePreloads,
} from './page-hints'
import { SERVER_ROWS_MARK_SCRIPT_SOURCE } from './ssr/page-stream'
import { createDashboardApp } from './app'
import {
  FIRST_PAGE_SIZE,
  LIST_MANY_SIZES,
} from '../../src/features/access-codes/api/list-access-codes'
import { openTestTeam } from './testing/team'

const INDEX = `<!doctype html><html><head>
    <meta charset="UTF-8" />
    <script type="module" crossorigin src="/assets/index-AAAAAAAA.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-BBBBBBBB.css">
  </head><body><div id="root"></div></body></html>`

const MANIFEST = {
  'index.html': { file: 'assets/index-AAAAAAAA.js', isEntry: true, imports: ['_react.js'] },
  '_react.js': { file: 'assets/react-CCCCCCCC.js' },
  '_table.js': { file: 'assets/table-DDDDDDDD.js', imports: ['_react.js', '_icons.js'] },
  '_icons.js': { file: 'assets/icons-EEEEEEEE.js' },
  'src/app/routes/device-detail.tsx': {
    file: 'assets/device-detail-FFFFFFFF.js',
    imports: ['_react.js', '_table.js'],
  },
}

function distWithManifest() {
  const dir = mkdtempSync(join(tmpdir(), 'doorman-hints-'))
  mkdirSync(join(dir, '.vite'))
  writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(MANIFEST))
  writeFileSync(join(dir, 'index.html'), INDEX)
  return dir
}

describe('page hints', () => {
  it('knows the module of every route in the router', () => {
    const router = readFileSync(resolve(import.meta.dirname, '../../src/app/router.tsx'), 'utf8')
    const routes = router
      .split('createRoute(')
      .slice(1)
      .map((block) => ({
        path: /path: '([^']+)'/.exec(block)?.[1],
        module: /import\('\.\/routes\/([^']+)'\)/.exec(block)?.[1],
      }))
      .filter((r): r is { path: string; module: string } => !!r.path && !!r.module)
    expect(routes.length).toBeGreaterThan(10)
    for (const { path, module } of routes) {
      const url = path.replace(/\$\w+/g, 'id-1')
      const found = ROUTE_MODULES.find(([pattern]) => pattern.test(url))?.[1]
      expect(found, url).toBe(`src/app/routes/${module}.tsx`)
    }
  })

  it("preloads a route's chunks that the entry does not load already", () => {
    expect(routePreloads(MANIFEST).get('src/app/routes/device-detail.tsx')).toEqual([
      'assets/device-detail-FFFFFFFF.js',
      'assets/table-DDDDDDDD.js',
      'assets/icons-EEEEEEEE.js',
    ])
  })

  it('adds the early-requests script before the stylesheet, and the route preloads', () => {
    const html = pageHtmlFor(INDEX, distWithManifest())
    const lock = html('/devices/abc')
    expect(lock.indexOf(`<script>${EARLY_REQUESTS_SCRIPT}</script>`)).toBeGreaterThan(0)
    expect(lock.indexOf('<script>')).toBeLessThan(lock.indexOf('rel="stylesheet"'))
    expect(lock).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/table-DDDDDDDD.js">',
    )
    expect(lock).not.toContain('href="/assets/react-CCCCCCCC.js"')
    // After the entry, which everything waits for.
    expect(lock.indexOf('table-DDDDDDDD.js')).toBeGreaterThan(lock.indexOf('index-AAAAAAAA.js'))
    const other = html('/audit')
    expect(other).toContain(EARLY_REQUESTS_SCRIPT)
    expect(other).not.toContain('modulepreload')
  })

  it("starts a lock page's requests with the bodies the app's queries send", () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{}')))
    const window: { __doormanEarly?: Record<string, unknown> } = {}
    const run = (pathname: string) =>
      new Function('location', 'fetch', 'performance', 'window', EARLY_REQUESTS_SCRIPT)(
        { pathname },
        fetch,
        { now: () => 5 },
        window,
      )
    run('/devices/lock%201')
    expect(Object.keys(window.__doormanEarly!)).toEqual([
      '_doorman/info ',
      'workspaces/get {}',
      'devices/get {"device_id":"lock 1"}',
      // The first page before the whole list: the server answers in the order requests arrive.
      `access_codes/list {"device_id":"lock 1","limit":${FIRST_PAGE_SIZE}}`,
      'access_codes/list {"device_id":"lock 1"}',
    ])
    expect(fetch).toHaveBeenCalledWith('/api/access_codes/list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: '{"device_id":"lock 1"}',
      credentials: 'same-origin',
    })
    for (const path of ['/', '/devices', '/access-codes', '/properties/p1']) {
      run(path)
      expect(Object.keys(window.__doormanEarly!), path).toContain('devices/list {}')
    }
    run('/audit')
    expect(Object.keys(window.__doormanEarly!)).toEqual(['_doorman/info ', 'workspaces/get {}'])
  })

  it("starts /access-codes' list_many requests once the device list is in, as the page chunks them", async () => {
    const ids = Array.from({ length: 163 }, (_, i) => `lock-${i}`)
    const fetch = vi.fn((url: string) =>
      Promise.resolve(
        url === '/api/devices/list'
          ? Response.json({ ok: true, devices: ids.map((device_id) => ({ device_id })) })
          : new Response('{}'),
      ),
    )
    const window: { __doormanEarly?: Record<string, unknown> } = {}
    new Function('location', 'fetch', 'performance', 'window', EARLY_REQUESTS_SCRIPT)(
      { pathname: '/access-codes' },
      fetch,
      { now: () => 5 },
      window,
    )
    // What the page's batcher sends for these locks: LIST_MANY_SIZES, the last repeating.
    const chunks: string[][] = []
    for (let k = 0, n = 0; k < ids.length; n++) {
      const size = LIST_MANY_SIZES[Math.min(n, LIST_MANY_SIZES.length - 1)]!
      chunks.push(ids.slice(k, (k += size)))
    }
    expect(chunks.map((c) => c.length)).toEqual([10, 20, 20, 20, 20, 20, 20, 20, 13])
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(3 + chunks.length))
    expect(Object.keys(window.__doormanEarly!).slice(3)).toEqual(
      chunks.map((c) => `_doorman/access_codes/list_many ${JSON.stringify({ device_ids: c })}`),
    )
    // The devices page gets its device list only.
    const devicesPage: { __doormanEarly?: Record<string, unknown> } = {}
    fetch.mockClear()
    new Function('location', 'fetch', 'performance', 'window', EARLY_REQUESTS_SCRIPT)(
      { pathname: '/devices' },
      fetch,
      { now: () => 5 },
      devicesPage,
    )
    await new Promise((r) => setTimeout(r, 0)) // a macrotask: every promise callback has run
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('lets exactly that inline script run under the Content-Security-Policy', async () => {
    const team = await openTestTeam()
    const app = createDashboardApp({
      team,
      backendUrl: 'http://127.0.0.1:9',
      apiKey: 'seam_test_key',
      mode: 'live',
      staticDir: distWithManifest(),
    })
    const res = await app.request('/properties/abc')
    const script = /<script>([\s\S]*?)<\/script>/.exec(await res.text())![1]!
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`
    expect(hash).toBe(EARLY_REQUESTS_SCRIPT_SOURCE)
    const scriptSrc = /script-src [^;]*/.exec(res.headers.get('content-security-policy') ?? '')
    expect(scriptSrc?.[0]).toBe(`script-src 'self' ${hash} ${SERVER_ROWS_MARK_SCRIPT_SOURCE}`)
    expect((await app.request('/.vite/manifest.json')).status).toBe(404)
    await team.close()
  })
})
