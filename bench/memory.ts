/** 5. JS heap after loading the 10,000-code table and after 5 simulated minutes of polling. */
import type { Browser, Page } from '@playwright/test'
import type { AccessCode } from '../src/api/schemas/access-code'
import type { AppServer } from './lib/app'
import { newBenchContext } from './lib/browser'
import { single, type Metric } from './lib/report'

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

export type MemoryDetails = {
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
export async function measureMemory(
  browser: Browser,
  server: AppServer,
  opts: { quick: boolean; deviceCount: number },
): Promise<{ metrics: Metric[]; details: MemoryDetails }> {
  const simulatedMs = opts.quick ? 120_000 : 300_000
  const stepMs = 1_000
  const context = await newBenchContext(browser)
  const page = await context.newPage()
  const details: MemoryDetails = {
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
      if (
        req.url().endsWith('/access_codes/list') &&
        (req.postData() ?? '').includes('"device_id"')
      )
        deviceLists++
    }
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

  const section = `5. Memory (JS heap after GC, /access-codes with 10,000 codes)`
  const growth =
    details.afterLoadBytes !== null && details.afterPollBytes !== null
      ? ((details.afterPollBytes - details.afterLoadBytes) / details.afterLoadBytes) * 100
      : null
  const metrics: Metric[] = [
    single(
      {
        id: 'memory.afterLoad',
        section,
        label: 'Heap after loading the table',
        unit: 'MB',
        budget: `< ${HEAP_ABSOLUTE_TARGET_MB}`,
        note: details.error,
      },
      details.afterLoadBytes === null ? null : details.afterLoadBytes / MB,
      (v) => v < HEAP_ABSOLUTE_TARGET_MB,
    ),
    single(
      {
        id: 'memory.afterPoll',
        section,
        label: `Heap after ${simulatedMs / 60_000} simulated min of polling`,
        unit: 'MB',
        budget: `< ${HEAP_ABSOLUTE_TARGET_MB}`,
        note: details.error
          ? undefined
          : `${details.ticks} poll ticks, ${details.renames} renames, ${Math.round(details.realMs / 1000)} s wall time`,
      },
      details.afterPollBytes === null ? null : details.afterPollBytes / MB,
      (v) => v < HEAP_ABSOLUTE_TARGET_MB,
    ),
    single(
      {
        id: 'memory.growth',
        section,
        label: 'Heap growth from polling',
        unit: '%',
        budget: `<= ${HEAP_GROWTH_BUDGET_PCT}`,
      },
      growth,
      (v) => v <= HEAP_GROWTH_BUDGET_PCT,
    ),
  ]
  return { metrics, details }
}
