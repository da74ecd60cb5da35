/** 9. Exporting the 10,000-code access-codes table as CSV: the main thread's longest task. */
import { statSync } from 'node:fs'
import type { Browser } from '@playwright/test'
import type { AppServer } from './lib/app'
import { longTasks, newBenchContext, waitForMark } from './lib/browser'
import { fromSamples, type Metric } from './lib/report'

export const EXPORT_LONG_TASK_BUDGET_MS = 200

export type ExportRun = { rows: number; longestTaskMs: number; totalMs: number; bytes: number }

/**
 * Opens /access-codes on the large seed, waits for every lock's codes, then exports the whole
 * table: the longest main-thread task between the click on "Download CSV" and the download.
 */
export async function exportRun(
  browser: Browser,
  server: AppServer,
  deviceCount: number,
): Promise<ExportRun> {
  const context = await newBenchContext(browser)
  const page = await context.newPage()
  try {
    let answered = 0
    page.on('response', (res) => {
      const body = res.request().postData()
      if (res.url().endsWith('/api/access_codes/list') && body?.includes('"device_id"')) answered++
    })
    await page.goto(`${server.origin}/access-codes`, { waitUntil: 'commit' })
    await waitForMark(page, 'table:first-rows', 30_000)
    const deadline = Date.now() + 90_000
    while (answered < deviceCount && Date.now() < deadline) await page.waitForTimeout(100)
    await page.waitForTimeout(1000) // the table takes the last lists after its 400 ms throttle
    const status = await page
      .getByRole('status')
      .filter({ hasText: /^Showing/ })
      .textContent()
    const rows = Number(/Showing (\d+)/.exec(status ?? '')?.[1] ?? 0)

    await page.getByRole('button', { name: 'Export CSV', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Export CSV' })
    await dialog.waitFor()
    const start = await page.evaluate(() => performance.now())
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    const end = await page.evaluate(() => performance.now())
    const path = await download.path()
    const during = (await longTasks(page)).filter(
      (t) => t.startTime + t.duration >= start && t.startTime <= end,
    )
    return {
      rows,
      longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
      totalMs: end - start,
      bytes: path ? statSync(path).size : 0,
    }
  } finally {
    await context.close()
  }
}

export async function measureCsvExport(
  browser: Browser,
  server: AppServer,
  options: { repeats: number; deviceCount: number; log: (msg: string) => void },
): Promise<{ metrics: Metric[]; details: ExportRun[] }> {
  const runs: ExportRun[] = []
  for (let i = 0; i < options.repeats; i++) {
    const run = await exportRun(browser, server, options.deviceCount)
    options.log(
      `   ${run.rows} rows, ${Math.round(run.bytes / 1000)} kB: longest task ${Math.round(run.longestTaskMs)} ms, click → download ${Math.round(run.totalMs)} ms`,
    )
    runs.push(run)
  }
  const section = '9. CSV export (large seed)'
  return {
    metrics: [
      fromSamples(
        {
          id: 'export.longestTask',
          section,
          label: `Longest main-thread task, exporting ${runs[0]?.rows ?? '?'} rows`,
          unit: 'ms',
          budget: `<= ${EXPORT_LONG_TASK_BUDGET_MS}`,
        },
        runs.map((r) => r.longestTaskMs),
        (_median, samples) => Math.max(...samples) <= EXPORT_LONG_TASK_BUDGET_MS,
      ),
      fromSamples(
        { id: 'export.total', section, label: 'Click on Download → file saved', unit: 'ms' },
        runs.map((r) => r.totalMs),
      ),
    ],
    details: runs,
  }
}
