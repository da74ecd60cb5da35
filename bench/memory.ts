/** 5. JS heap after loading the 10,000-code table and after 5 simulated minutes of polling. */
import type { Browser, Page } from '@playwright/test'
import type { AccessCode } from '../src/api/schemas/access-code'
import type { AppServer } from './lib/app'
import { newBenchContext } from './lib/browser'
import { fromSamples, type Metric } from './lib/report'
import { locksAnswered, locksInPage } from './lib/lock-answers'

export const HEAP_GROWTH_BUDGET_PCT = 10
export const HEAP_ABSOLUTE_TARGET_MB = 60
const MB = 1024 * 1024

type Device = { device_id: string; properties: { online: boolean } }

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number
    totalSize: number
  }
  await cdp.detach()
  return usedSize
}

export type MemoryRun = {
  afterLoadBytes: number | null
  afterPollBytes: number | null
  simulatedMs: number
  ticks: number
  renames: number
  realMs: number
  error?: string
}

/**
 * The page runs on Playwright's fake clock (installed before navigation, synced to the sandbox
 * clock). After the table has loaded, time is paused and both clocks move forward together in
 * 1 s steps for 5 minutes: the poller's timers fire as they would in 5 real minutes, in about a
 * minute of wall time. To keep it ticking at its 2 s base rate (rather than backing off to 15 s)
 * one of the codes that are stuck `setting` on an offline lock is renamed every 2 s, so each tick
 * finds a change and writes it to the cache, as in a busy workspace.
 */
async function memoryRun(
  browser: Browser,
  server: AppServer,
  opts: { simulatedMs: number; deviceCount: number },
): Promise<MemoryRun> {
  const { simulatedMs } = opts
  const stepMs = 1_000
  const context = await newBenchContext(browser)
  const page = await context.newPage()
  const details: MemoryRun = {
    afterLoadBytes: null,
    afterPollBytes: null,
    simulatedMs,
    ticks: 0,
    renames: 0,
    realMs: 0,
  }
  try {
    const { now } = await server.post<{ now: string }>('_sandbox/clock/get')
    await page.clock.install({ time: Date.parse(now) })

    let inFlight = 0
    let deviceLists = 0
    page.on('request', (req) => {
      if (!req.url().includes('/api/')) return
      inFlight++
      const body = req.postData() ?? ''
      if (req.url().endsWith('/access_codes/list') && body.includes('"access_code_ids"'))
        details.ticks++
    })
    const done = (req: { url(): string; postData(): string | null }) => {
      if (!req.url().includes('/api/')) return
      inFlight--
      deviceLists += locksAnswered(req.url(), req.postData())
    }
    // Locks whose lists came in the page itself, when the server drew it.
    page.on('response', (res) => {
      void locksInPage(res).then((n) => (deviceLists += n))
    })
    page.on('requestfinished', done)
    page.on('requestfailed', done)

    await page.goto(server.origin + '/access-codes', { waitUntil: 'domcontentloaded' })
    // The fake clock replaces `performance`, so wait for rendered rows rather than the mark.
    const rows = await page
      .waitForSelector('tbody tr[data-index]', { timeout: 30_000 })
      .then(() => true)
      .catch(() => false)
    if (!rows) {
      details.error = 'no table rows on /access-codes within 30 s'
    } else {
      const deadline = Date.now() + 90_000
      while (deviceLists < opts.deviceCount && Date.now() < deadline) await page.waitForTimeout(100)
      if (deviceLists < opts.deviceCount)
        details.error = `only ${deviceLists} of ${opts.deviceCount} device lists loaded in 90 s`
      await page.waitForTimeout(1_000)
      details.ticks = 0
      details.afterLoadBytes = await heapAfterGc(page)

      // Codes that stay transitional: `setting` on an offline lock.
      const devices = (await server.post<{ devices: Device[] }>('devices/list')).devices
      const churn: string[] = []
      for (const d of devices.filter((x) => !x.properties.online)) {
        const { access_codes } = await server.post<{ access_codes: AccessCode[] }>(
          'access_codes/list',
          { device_id: d.device_id },
        )
        churn.push(
          ...access_codes.filter((c) => c.status === 'setting').map((c) => c.access_code_id),
        )
        if (churn.length >= 20) break
      }

      const started = Date.now()
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100)
      const settle = async () => {
        const until = Date.now() + 3_000
        while (inFlight > 0 && Date.now() < until) await page.waitForTimeout(20)
      }
      for (let t = 0; t < simulatedMs; t += stepMs) {
        if (churn.length && t % 2_000 === 0) {
          const id = churn[(t / 2_000) % churn.length]!
          await server.post('access_codes/update', {
            access_code_id: id,
            name: `Bench churn ${t / 1000}`,
          })
          details.renames++
        }
        await server.post('_sandbox/clock/advance', { ms: stepMs })
        await page.clock.runFor(stepMs)
        await settle()
      }
      await page.clock.runFor(100)
      await settle()
      details.realMs = Date.now() - started
      details.afterPollBytes = await heapAfterGc(page)
    }
  } finally {
    await context.close()
  }
  return details
}

/**
 * Repeats the run (3 times, 1 with --quick) and reports medians: the heap read after loading
 * depends on which render React last kept alive, so one reading is not enough.
 */
export async function measureMemory(
  browser: Browser,
  server: AppServer,
  opts: { quick: boolean; deviceCount: number; log?: (msg: string) => void },
): Promise<{ metrics: Metric[]; details: MemoryRun[] }> {
  const simulatedMs = opts.quick ? 120_000 : 300_000
  const repeats = opts.quick ? 1 : 3
  const runs: MemoryRun[] = []
  for (let i = 0; i < repeats; i++) {
    const run = await memoryRun(browser, server, { simulatedMs, deviceCount: opts.deviceCount })
    opts.log?.(
      `   run ${i + 1}/${repeats}: ${mb(run.afterLoadBytes)} after load, ${mb(run.afterPollBytes)} after polling${run.error ? ` (${run.error})` : ''}`,
    )
    runs.push(run)
    if (run.error) break
  }
  const complete = runs.filter((r) => r.afterLoadBytes !== null && r.afterPollBytes !== null)
  const afterLoad = complete.map((r) => r.afterLoadBytes! / MB)
  const afterPoll = complete.map((r) => r.afterPollBytes! / MB)
  const growth = complete.map(
    (r) => ((r.afterPollBytes! - r.afterLoadBytes!) / r.afterLoadBytes!) * 100,
  )
  const error = runs.find((r) => r.error)?.error
  const section = `5. Memory (JS heap after GC, /access-codes with 10,000 codes)`
  const metrics: Metric[] = [
    fromSamples(
      {
        id: 'memory.afterLoad',
        section,
        label: 'Heap after loading the table',
        unit: 'MB',
        budget: `< ${HEAP_ABSOLUTE_TARGET_MB}`,
        note: error,
      },
      afterLoad,
      (v, xs) => Math.max(v, ...xs) < HEAP_ABSOLUTE_TARGET_MB,
    ),
    fromSamples(
      {
        id: 'memory.afterPoll',
        section,
        label: `Heap after ${simulatedMs / 60_000} simulated min of polling`,
        unit: 'MB',
        budget: `< ${HEAP_ABSOLUTE_TARGET_MB}`,
        note: complete.length
          ? `per run: ${complete.map((r) => `${r.ticks} poll ticks, ${r.renames} renames, ${Math.round(r.realMs / 1000)} s wall time`).join('; ')}`
          : undefined,
      },
      afterPoll,
      (v, xs) => Math.max(v, ...xs) < HEAP_ABSOLUTE_TARGET_MB,
    ),
    fromSamples(
      {
        id: 'memory.growth',
        section,
        label: 'Heap growth from polling',
        unit: '%',
        budget: `<= ${HEAP_GROWTH_BUDGET_PCT}`,
        note: 'budget checked on the worst run',
      },
      growth,
      (v, xs) => Math.max(v, ...xs) <= HEAP_GROWTH_BUDGET_PCT,
    ),
  ]
  return { metrics, details: runs }
}

const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / MB).toFixed(1)} MB`)
