/** 3. Requests per poll tick with 1, 10, 200 and 1,000 transitional codes, and none when nothing is. */
import type { Browser, Page, Request } from '@playwright/test'
import pLimit from 'p-limit'
import type { AccessCode } from '../src/api/schemas/access-code'
import { isTransitional } from '../src/features/access-codes/lib/transitional'
import type { AppServer } from './lib/app'
import { newBenchContext, waitForMark } from './lib/browser'
import { fromSamples, single, type Metric } from './lib/report'

type Device = { device_id: string; properties: { online: boolean } }
type PollRequest = { at: number; ids: number }
/** Requests less than this far apart belong to one tick (a tick over 1000 ids is chunked in parallel). */
const SAME_TICK_MS = 400

export type PollRun = {
  n: number
  watchedBaseline: number
  ticks: number[]
  idsPerTick: number[]
  error?: string
}
export type PollDetails = {
  baseline: number
  runs: PollRun[]
  idleCold: number | null
  idleAfterSettle: number | null
  settleTickSeen: boolean
}

const byIdsRequest = (req: Request) => {
  if (!req.url().endsWith('/api/access_codes/list') || req.method() !== 'POST') return null
  try {
    const body = JSON.parse(req.postData() ?? '{}') as { access_code_ids?: string[] }
    return body.access_code_ids ? body.access_code_ids.length : null
  } catch {
    return null
  }
}

/** Records every `access_codes/list { access_code_ids }` the page sends. */
function recordPolls(page: Page): PollRequest[] {
  const seen: PollRequest[] = []
  page.on('request', (req) => {
    const ids = byIdsRequest(req)
    if (ids !== null) seen.push({ at: Date.now(), ids })
  })
  return seen
}

function groupTicks(reqs: PollRequest[]): PollRequest[][] {
  const ticks: PollRequest[][] = []
  for (const r of reqs) {
    const last = ticks[ticks.length - 1]
    if (last && r.at - last[last.length - 1]!.at < SAME_TICK_MS) last.push(r)
    else ticks.push([r])
  }
  return ticks
}

async function allCodes(server: AppServer, devices: Device[]): Promise<AccessCode[]> {
  const limit = pLimit(6)
  const lists = await Promise.all(
    devices.map((d) =>
      limit(() =>
        server.post<{ access_codes: AccessCode[] }>('access_codes/list', {
          device_id: d.device_id,
        }),
      ),
    ),
  )
  return lists.flatMap((l) => l.access_codes)
}

async function openCodesPage(browser: Browser, server: AppServer) {
  const context = await newBenchContext(browser)
  const page = await context.newPage()
  const polls = recordPolls(page)
  await page.goto(server.origin + '/access-codes', { waitUntil: 'domcontentloaded' })
  const rows = await waitForMark(page, 'table:first-rows', 20_000)
  return { context, page, polls, hasTable: rows !== null }
}

/**
 * Uses the `default` seed (25 locks, ~200 codes): the number of poll requests depends only on how
 * many codes are transitional, and a small table keeps each page load to a second or two.
 */
export async function measurePoll(
  browser: Browser,
  server: AppServer,
  opts: { quick: boolean },
): Promise<{ metrics: Metric[]; details: PollDetails }> {
  const watchMs = opts.quick ? 10_000 : 11_000
  const idleMs = opts.quick ? 10_000 : 16_000
  await server.post('_sandbox/reset', { seed: 'default' })
  let devices = (await server.post<{ devices: Device[] }>('devices/list')).devices
  // Settle the seed: every lock online, the clock well past every pending transition.
  for (const d of devices.filter((d) => !d.properties.online))
    await server.post('_sandbox/devices/set_online', { device_id: d.device_id, online: true })
  await server.post('_sandbox/clock/advance', { ms: 15 * 60_000 })
  await server.post('_sandbox/clock/advance', { ms: 60_000 })
  const baseline = (await allCodes(server, devices)).filter((c) =>
    isTransitional(c, Date.now()),
  ).length

  // Cold load with nothing transitional: no poll at all.
  let idleCold: number | null = null
  let tableMissing = false
  {
    const { context, page, polls, hasTable } = await openCodesPage(browser, server)
    if (hasTable) await page.waitForTimeout(idleMs)
    idleCold = hasTable ? polls.length : null
    tableMissing = !hasTable
    await context.close()
  }

  // Freeze progress: new codes on offline locks stay `setting` until the locks come back.
  devices = (await server.post<{ devices: Device[] }>('devices/list')).devices
  const frozen = devices.slice(0, 5)
  for (const d of frozen)
    await server.post('_sandbox/devices/set_online', { device_id: d.device_id, online: false })
  const limit = pLimit(8)
  let created = 0
  const runs: PollRun[] = []
  let idleAfterSettle: number | null = null
  let settleTickSeen = false
  for (const n of [1, 10, 200, 1000]) {
    if (tableMissing) {
      runs.push({
        n,
        watchedBaseline: baseline,
        ticks: [],
        idsPerTick: [],
        error: 'no table:first-rows mark on /access-codes',
      })
      continue
    }
    const jobs = Array.from({ length: n - created }, (_, i) => created + i)
    await Promise.all(
      jobs.map((i) =>
        limit(() =>
          server.post('access_codes/create', {
            device_id: frozen[i % frozen.length]!.device_id,
            name: `Bench poll ${i + 1}`,
          }),
        ),
      ),
    )
    created = n
    const { context, page, polls, hasTable } = await openCodesPage(browser, server)
    const started = Date.now()
    // Ticks come 2 s, 3 s, 4.5 s … apart (the poller backs off while nothing changes): wait for 4.
    const until = started + (hasTable ? watchMs + 10_000 : 3_000)
    while (Date.now() < until && groupTicks(polls).length < 4) await page.waitForTimeout(250)
    const ticks = groupTicks(polls)
    runs.push({
      n,
      watchedBaseline: baseline,
      ticks: ticks.map((t) => t.length),
      idsPerTick: ticks.map((t) => t.reduce((s, r) => s + r.ids, 0)),
      error: hasTable
        ? ticks.length < 3
          ? `only ${ticks.length} tick(s) in ${Math.round((Date.now() - started) / 1000)} s`
          : undefined
        : 'no table:first-rows mark on /access-codes',
    })

    if (n === 1000) {
      // Everything settles: locks back online, clock past their latency. The poller should make
      // one more request (which sees the codes set) and then stop.
      const settledAt = Date.now()
      for (const d of frozen)
        await server.post('_sandbox/devices/set_online', { device_id: d.device_id, online: true })
      await server.post('_sandbox/clock/advance', { ms: 60_000 })
      const deadline = Date.now() + 20_000
      while (Date.now() < deadline && !polls.some((p) => p.at > settledAt))
        await page.waitForTimeout(250)
      settleTickSeen = polls.some((p) => p.at > settledAt)
      await page.waitForTimeout(1_500)
      const from = polls.length
      await page.waitForTimeout(idleMs)
      idleAfterSettle = hasTable ? polls.length - from : null
    }
    await context.close()
  }

  const section =
    '3. Poll requests per tick (default seed, transitional codes frozen on offline locks)'
  const metrics: Metric[] = runs.map((r) =>
    fromSamples(
      {
        id: `poll.n${r.n}`,
        section,
        label: `${r.n} transitional: requests per tick`,
        unit: 'req',
        budget: '= 1',
        note:
          r.error ??
          `${r.ticks.length} ticks, ids asked per tick: ${[...new Set(r.idsPerTick)].join('/')}${baseline ? ` (seed leaves ${baseline} transitional)` : ''}`,
      },
      r.ticks,
      (_m, s) => s.length >= 3 && s.every((x) => x === 1),
    ),
  )
  metrics.push(
    single(
      {
        id: 'poll.idleCold',
        section,
        label: `0 transitional (fresh load): requests in ${idleMs / 1000} s`,
        unit: 'req',
        budget: '= 0',
        note: baseline
          ? `the settled seed still has ${baseline} transitional codes by the app's own rule`
          : undefined,
      },
      idleCold,
      (v) => v === 0,
    ),
    single(
      {
        id: 'poll.idleAfterSettle',
        section,
        label: `0 transitional (after 1,000 settle): requests in ${idleMs / 1000} s`,
        unit: 'req',
        budget: '= 0',
        note: settleTickSeen
          ? 'counted after the tick that saw them settle'
          : 'no poll saw the codes settle within 20 s',
      },
      idleAfterSettle,
      (v) => v === 0,
    ),
  )
  return { metrics, details: { baseline, runs, idleCold, idleAfterSettle, settleTickSeen } }
}
