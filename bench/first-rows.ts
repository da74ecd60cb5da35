/**
 * 8. First rows without waterfalls (issue #19): how soon a lock's codes, and the workspace's, are
 * on screen from navigation start, on a second visit with the chunks cached, and how many bytes
 * the 10,000-code list costs on the wire. Two locks of the `large` seed are topped up through the
 * API: one to 100 codes, one to 10,000 (the seeds themselves stay as they are).
 */
import type { Browser, Page } from '@playwright/test'
import type { AppServer } from './lib/app'
import { newBenchContext, waitForMark } from './lib/browser'
import { fromSamples, single, type Metric } from './lib/report'
import { wireBytes } from './lib/wire-bytes'
import { LOCK_LIST_PATHS, locksAnswered, locksInPage } from './lib/lock-answers'

export const LOCK_100_BUDGET_MS = 400
export const LOCK_10K_BUDGET_MS = 500
export const WORKSPACE_FIRST_ROWS_BUDGET_MS = 600
export const WORKSPACE_ALL_LOCKS_BUDGET_MS = 2_000
export const SECOND_VISIT_BUDGET_MS = 300
export const WIRE_RATIO_BUDGET_PCT = 10
const ROWS_MARK = 'table:first-rows'
/** Set when the app replaces the page the server drew (src/app/server-render-handoff.ts). */
const HANDOVER_MARK = 'ssr:handover'
const SECTION = '8. First rows from navigation start (headless Chromium)'

type Device = {
  device_id: string
  properties: {
    online?: boolean
    supported_code_lengths?: number[]
    code_constraints?: { constraint_type: string }[]
  }
}
type Log = (msg: string) => void

/** Creates codes on a lock until it holds `target`; 8-digit codes of its own series, 16 at a time. */
async function topUp(server: AppServer, deviceId: string, target: number, series: number) {
  const { access_codes } = await server.post<{ access_codes: unknown[] }>('access_codes/list', {
    device_id: deviceId,
  })
  let next = 0
  const missing = Math.max(0, target - access_codes.length)
  const worker = async () => {
    while (next < missing) {
      const i = next++
      await server.post('access_codes/create', {
        device_id: deviceId,
        name: `Bench guest ${i + 1}`,
        code: String(series + i),
      })
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker))
  return missing
}

/** Opens `route` and resolves with the first-rows mark (ms from navigation start), or null. */
async function firstRows(page: Page, url: string): Promise<number | null> {
  await page.goto(url, { waitUntil: 'commit' })
  const at = await waitForMark(page, ROWS_MARK, 30_000)
  const rows = await page.evaluate(() => document.querySelectorAll('tbody tr[data-index]').length)
  return rows > 0 ? at : null
}

/** Every request of the page with its start and end, from navigation start: the waterfall. */
async function waterfall(page: Page): Promise<string> {
  const entries = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const list = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (e) => ({
        name: new URL(e.name).pathname,
        start: e.startTime,
        end: e.responseEnd,
      }),
    )
    const mark = performance.getEntriesByName('table:first-rows', 'mark')[0]?.startTime ?? null
    return { html: nav.responseEnd, list, mark }
  })
  const ms = (v: number) => `${Math.round(v)}`.padStart(5)
  const lines = [`${ms(entries.html)} ms        HTML done`]
  for (const e of entries.list) lines.push(`${ms(e.start)}–${ms(e.end)} ms  ${e.name}`)
  if (entries.mark !== null) lines.push(`${ms(entries.mark)} ms        first code row (mark)`)
  return lines.join('\n')
}

/** Lock page: first visit and, in the same browser context, a second visit (chunks cached). */
async function lockRuns(browser: Browser, url: string, repeats: number, log: Log) {
  const first: number[] = []
  const second: number[] = []
  const tookOver: number[] = []
  let trace = ''
  for (let i = 0; i < repeats; i++) {
    const context = await newBenchContext(browser)
    const page = await context.newPage()
    try {
      const a = await firstRows(page, url)
      if (a !== null) first.push(a)
      const drawn = await page.evaluate(
        (mark) =>
          !!document.getElementById('ssr-page') || performance.getEntriesByName(mark).length > 0,
        HANDOVER_MARK,
      )
      const app = drawn ? await waitForMark(page, HANDOVER_MARK, 10_000) : null
      if (app !== null) tookOver.push(app)
      if (i === repeats - 1) trace = await waterfall(page)
      const b = await firstRows(page, url)
      if (b !== null) second.push(b)
      // Let the page's own requests finish (a 10,000-code list is seconds of server work): the
      // next run's first visit should not share the server with this one's abandoned requests.
      await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => undefined)
      log(
        `   first code row ${a === null ? 'n/a' : Math.round(a)} ms, app took over ${app === null ? 'n/a' : Math.round(app)} ms, second visit ${b === null ? 'n/a' : Math.round(b)} ms`,
      )
    } finally {
      await context.close()
    }
  }
  return { first, second, tookOver, trace }
}

/** `/access-codes`: first rows, and when the last lock's list answered (every lock counted). */
async function workspaceRuns(
  browser: Browser,
  origin: string,
  locks: number,
  repeats: number,
  log: Log,
) {
  const first: number[] = []
  const all: number[] = []
  const second: number[] = []
  for (let i = 0; i < repeats; i++) {
    const context = await newBenchContext(browser)
    const page = await context.newPage()
    let answered = 0
    page.on('response', (res) => {
      answered += locksAnswered(res.url(), res.request().postData())
      // The locks whose lists came in the page, when the server drew it.
      void locksInPage(res).then((n) => (answered += n))
    })
    try {
      const a = await firstRows(page, `${origin}/access-codes`)
      const deadline = Date.now() + 60_000
      while (answered < locks && Date.now() < deadline) await page.waitForTimeout(50)
      const last = await page.evaluate(
        (paths) =>
          Math.max(
            0,
            ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
              .filter((e) => paths.some((p) => e.name.endsWith(p)))
              .map((e) => e.responseEnd),
          ),
        LOCK_LIST_PATHS,
      )
      if (a !== null) first.push(a)
      if (answered >= locks) all.push(last)
      const b = await firstRows(page, `${origin}/access-codes`)
      if (b !== null) second.push(b)
      log(
        `   /access-codes first rows ${a === null ? 'n/a' : Math.round(a)} ms, every lock ${answered >= locks ? Math.round(last) : 'n/a'} ms, second visit ${b === null ? 'n/a' : Math.round(b)} ms`,
      )
    } finally {
      await context.close()
    }
  }
  return { first, all, second }
}

export async function measureFirstRows(
  browser: Browser,
  server: AppServer,
  opts: { repeats: number; log: Log },
): Promise<{ metrics: Metric[]; details: Record<string, unknown>; waterfall: string }> {
  const { repeats, log } = opts
  await server.post('_sandbox/reset', { seed: 'large' })
  const { devices } = await server.post<{ devices: Device[] }>('devices/list')

  log('8/8 /access-codes on the large seed')
  const ws = await workspaceRuns(browser, server.origin, devices.length, repeats, log)

  // Two online locks that take any 8-digit code, so 10,000 distinct codes fit on one.
  const roomy = devices.filter(
    (d) =>
      d.properties.online !== false &&
      (d.properties.supported_code_lengths ?? []).includes(8) &&
      (d.properties.code_constraints ?? []).length === 0,
  )
  const [lock100, lock10k] = roomy
  if (!lock100 || !lock10k) throw new Error('no two online locks that take 8-digit codes')
  const t0 = Date.now()
  const added =
    (await topUp(server, lock100.device_id, 100, 20_000_000)) +
    (await topUp(server, lock10k.device_id, 10_000, 10_000_000))
  // Let the new codes settle (setting → set), as codes on a lock people open usually are.
  await server.post('_sandbox/clock/advance', { ms: 15 * 60_000 })
  log(`   created ${added} codes in ${Math.round((Date.now() - t0) / 1000)} s`)

  log('8/8 lock page, 100 codes')
  const l100 = await lockRuns(
    browser,
    `${server.origin}/devices/${lock100.device_id}`,
    repeats,
    log,
  )
  log('8/8 lock page, 10,000 codes')
  const l10k = await lockRuns(
    browser,
    `${server.origin}/devices/${lock10k.device_id}`,
    repeats,
    log,
  )

  const list = { device_id: lock10k.device_id }
  const raw = await wireBytes(server.origin, '/api/access_codes/list', list, 'identity')
  const gzip = await wireBytes(server.origin, '/api/access_codes/list', list, 'gzip')
  const br = await wireBytes(server.origin, '/api/access_codes/list', list, 'gzip, deflate, br')
  const pct = (v: { bytes: number }) => (100 * v.bytes) / raw.bytes

  const lte = (budget: number) => (m: number) => m <= budget
  const metrics: Metric[] = [
    fromSamples(
      {
        id: 'firstRows.lock100',
        section: SECTION,
        label: 'Lock page, 100 codes: first code row',
        unit: 'ms',
        budget: `<= ${LOCK_100_BUDGET_MS}`,
      },
      l100.first,
      lte(LOCK_100_BUDGET_MS),
    ),
    fromSamples(
      {
        id: 'firstRows.lock100.second',
        section: SECTION,
        label: 'Lock page, 100 codes: second visit (chunks cached)',
        unit: 'ms',
        budget: `<= ${SECOND_VISIT_BUDGET_MS}`,
      },
      l100.second,
      lte(SECOND_VISIT_BUDGET_MS),
    ),
    fromSamples(
      {
        id: 'firstRows.lock100.app',
        section: SECTION,
        label: '… the app took over the drawn page (context)',
        unit: 'ms',
      },
      l100.tookOver,
    ),
    fromSamples(
      {
        id: 'firstRows.lock10k',
        section: SECTION,
        label: 'Lock page, 10,000 codes: first code row',
        unit: 'ms',
        budget: `<= ${LOCK_10K_BUDGET_MS}`,
      },
      l10k.first,
      lte(LOCK_10K_BUDGET_MS),
    ),
    fromSamples(
      {
        id: 'firstRows.lock10k.second',
        section: SECTION,
        label: 'Lock page, 10,000 codes: second visit',
        unit: 'ms',
        budget: `<= ${SECOND_VISIT_BUDGET_MS}`,
      },
      l10k.second,
      lte(SECOND_VISIT_BUDGET_MS),
    ),
    fromSamples(
      {
        id: 'firstRows.workspace',
        section: SECTION,
        label: '/access-codes, large seed: first rows',
        unit: 'ms',
        budget: `<= ${WORKSPACE_FIRST_ROWS_BUDGET_MS}`,
      },
      ws.first,
      lte(WORKSPACE_FIRST_ROWS_BUDGET_MS),
    ),
    fromSamples(
      {
        id: 'firstRows.workspace.all',
        section: SECTION,
        label: '/access-codes, large seed: every lock answered',
        unit: 'ms',
        budget: `<= ${WORKSPACE_ALL_LOCKS_BUDGET_MS}`,
      },
      ws.all,
      lte(WORKSPACE_ALL_LOCKS_BUDGET_MS),
    ),
    fromSamples(
      {
        id: 'firstRows.workspace.second',
        section: SECTION,
        label: '/access-codes: second visit',
        unit: 'ms',
        budget: `<= ${SECOND_VISIT_BUDGET_MS}`,
      },
      ws.second,
      lte(SECOND_VISIT_BUDGET_MS),
    ),
    single(
      { id: 'wire.raw', section: SECTION, label: '10,000-code list on the wire: raw', unit: 'MB' },
      raw.bytes / 1e6,
    ),
    ...(
      [
        ['gzip', 'gzip', gzip],
        ['br', 'gzip, deflate, br', br],
      ] as const
    ).map(([id, accepted, wire]) =>
      single(
        {
          id: `wire.${id}`,
          section: SECTION,
          label: `… ${accepted} accepted, % of raw`,
          unit: '%',
          budget: `<= ${WIRE_RATIO_BUDGET_PCT}`,
          note: `${(wire.bytes / 1e3).toFixed(0)} kB, content-encoding ${wire.encoding ?? 'none'}`,
        },
        pct(wire),
        lte(WIRE_RATIO_BUDGET_PCT),
      ),
    ),
  ]
  return {
    metrics,
    details: { lock100: l100, lock10k: l10k, workspace: ws, wire: { raw, gzip, br } },
    waterfall: l100.trace,
  }
}
