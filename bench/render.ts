/** 2. The 10,000-code access-codes table: first rows, long tasks while loading and scrolling. */
import type { Browser, Page } from '@playwright/test'
import type { AppServer } from './lib/app'
import { frames, longTasks, newBenchContext, waitForMark } from './lib/browser'
import {
  formatSummary,
  startProfiler,
  stopProfiler,
  summarise,
  type ProfileSummary,
} from './lib/profile'
import { fromSamples, type Metric } from './lib/report'
import { LOCK_LIST_PATHS, locksAnswered, locksInPage } from './lib/lock-answers'

export const FIRST_ROWS_AFTER_DATA_BUDGET_MS = 250
export const SCROLL_LONG_TASK_BUDGET_MS = 50
const ROUTE = '/access-codes'
const DATA_MARK = 'access-codes:data'
const ROWS_MARK = 'table:first-rows'

export type RenderRun = {
  firstRowsMs: number | null
  dataAtMs: number | null
  dataSource: 'page' | 'mark' | 'resource-timing' | null
  afterDataMs: number | null
  allDataMs: number | null
  longestLoadTaskMs: number
  longestScrollTaskMs: number | null
  scrollLongTasks: number
  scrollSteps: number
  reachedEnd: boolean
  rowsRendered: number | null
  error?: string
}

/** What the render run loads; the defaults are the workspace access-codes table. */
export type RenderTarget = {
  route: string
  /** The list endpoints whose first answer is "data arrives" when the app sets no data mark. */
  listPaths: readonly string[]
  /** How many of the responses that must all arrive before scrolling this one counts for. */
  pageData: (url: string, body: string | null) => number
}
export const ACCESS_CODES_TARGET: RenderTarget = {
  route: ROUTE,
  listPaths: LOCK_LIST_PATHS,
  pageData: locksAnswered,
}

/** Opens the page and waits until every device's list has answered; returns the run so far. */
async function load(
  page: Page,
  origin: string,
  expected: number,
  target: RenderTarget,
): Promise<
  Omit<RenderRun, 'longestScrollTaskMs' | 'scrollLongTasks' | 'scrollSteps' | 'reachedEnd'>
> {
  let answered = 0
  page.on('response', (res) => {
    answered += target.pageData(res.url(), res.request().postData())
    // The locks whose lists came in the page, when the server drew it.
    void locksInPage(res).then((n) => (answered += n))
  })
  await page.goto(origin + target.route, { waitUntil: 'commit' })
  const firstRowsMs = await waitForMark(page, ROWS_MARK, 30_000)
  // Let every device's list arrive before scrolling (the table grows as they do).
  const deadline = Date.now() + 90_000
  while (answered < expected && Date.now() < deadline) await page.waitForTimeout(100)
  await page.waitForTimeout(500)
  await frames(page, 3)
  const timing = await page.evaluate(
    ({ dataMark, rowsMark, listPaths }) => {
      const lists = performance
        .getEntriesByType('resource')
        .filter((e) => listPaths.some((p) => e.name.endsWith(p))) as PerformanceResourceTiming[]
      const mark = performance.getEntriesByName(dataMark, 'mark')[0]?.startTime ?? null
      // A page the server drew (its rows are the first mark) brings the app's data in the HTML;
      // the app's own rows are the last mark.
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      const rowMarks = performance.getEntriesByName(rowsMark, 'mark')
      const drawn = performance.getEntriesByName('ssr:handover', 'mark').length > 0
      const adopted = performance.getEntriesByName('ssr:answers-adopted', 'mark')[0]?.startTime
      return {
        mark,
        drawn,
        htmlEnd: adopted ?? nav.responseEnd,
        appRows: rowMarks[rowMarks.length - 1]?.startTime ?? null,
        firstListEnd: lists.length ? Math.min(...lists.map((e) => e.responseEnd)) : null,
        lastListEnd: lists.length ? Math.max(...lists.map((e) => e.responseEnd)) : null,
        rows: document.querySelectorAll('tbody tr[data-index]').length,
      }
    },
    { dataMark: DATA_MARK, rowsMark: ROWS_MARK, listPaths: target.listPaths },
  )
  const dataAtMs = timing.drawn ? timing.htmlEnd : (timing.mark ?? timing.firstListEnd)
  const appRowsMs = timing.drawn ? timing.appRows : firstRowsMs
  const tasks = await longTasks(page)
  return {
    firstRowsMs,
    dataAtMs,
    dataSource: timing.drawn
      ? 'page'
      : timing.mark !== null
        ? 'mark'
        : timing.firstListEnd !== null
          ? 'resource-timing'
          : null,
    afterDataMs: appRowsMs !== null && dataAtMs !== null ? appRowsMs - dataAtMs : null,
    allDataMs: answered >= expected ? timing.lastListEnd : null,
    longestLoadTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    rowsRendered: timing.rows,
  }
}

/** Scrolls the table's scroll container (or the window) to the end, two frames per step. */
async function scrollToEnd(page: Page) {
  return page.evaluate(async () => {
    const table = document.querySelector('table')
    let el: HTMLElement | null = table?.parentElement ?? null
    while (el) {
      const style = getComputedStyle(el)
      if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 10) break
      el = el.parentElement
    }
    const scroller = el ?? (document.scrollingElement as HTMLElement)
    // A frame, or 100 ms if the page stops producing frames (so a stall cannot hang the run).
    const frame = () =>
      new Promise((r) => {
        const t = setTimeout(r, 100)
        requestAnimationFrame(() => {
          clearTimeout(t)
          r(null)
        })
      })
    const start = performance.now()
    let steps = 0
    // Three screens per step (a quick flick); at most 20 s, so a janky table cannot stall the run.
    const step = Math.max(200, Math.round(scroller.clientHeight * 3))
    while (
      scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2 &&
      steps < 5_000 &&
      performance.now() - start < 20_000
    ) {
      scroller.scrollTop += step
      steps++
      await frame()
      await frame()
    }
    await frame()
    await new Promise((r) => setTimeout(r, 200))
    return {
      start,
      end: performance.now(),
      steps,
      container: el ? 'table scroll container' : 'window',
      reachedEnd: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2,
    }
  })
}

export async function renderRun(
  browser: Browser,
  server: AppServer,
  expected: number,
  target = ACCESS_CODES_TARGET,
): Promise<RenderRun & { container?: string }> {
  const context = await newBenchContext(browser)
  const page = await context.newPage()
  try {
    const loaded = await load(page, server.origin, expected, target)
    if (loaded.firstRowsMs === null) {
      return {
        ...loaded,
        longestScrollTaskMs: null,
        scrollLongTasks: 0,
        scrollSteps: 0,
        reachedEnd: false,
        error: `no ${ROWS_MARK} mark within 30 s on ${target.route}`,
      }
    }
    const scroll = await scrollToEnd(page)
    const during = (await longTasks(page)).filter(
      (t) => t.startTime >= scroll.start && t.startTime <= scroll.end,
    )
    return {
      ...loaded,
      longestScrollTaskMs: Math.max(0, ...during.map((t) => t.duration)),
      scrollLongTasks: during.length,
      scrollSteps: scroll.steps,
      reachedEnd: scroll.reachedEnd,
      container: scroll.container,
    }
  } finally {
    await context.close()
  }
}

/** One extra, unmeasured run under the CPU profiler: what the main thread does while loading and scrolling. */
export async function profileRun(
  browser: Browser,
  server: AppServer,
  expected: number,
  distDir: string,
  target = ACCESS_CODES_TARGET,
) {
  const context = await newBenchContext(browser)
  const page = await context.newPage()
  try {
    let cdp = await startProfiler(page)
    const loaded = await load(page, server.origin, expected, target)
    const loadProfile = summarise(await stopProfiler(cdp), distDir)
    let scrollProfile: ProfileSummary | null = null
    if (loaded.firstRowsMs !== null) {
      cdp = await startProfiler(page)
      await scrollToEnd(page)
      scrollProfile = summarise(await stopProfiler(cdp), distDir)
    }
    return { load: loadProfile, scroll: scrollProfile }
  } finally {
    await context.close()
  }
}

export function renderMetrics(runs: RenderRun[]): Metric[] {
  const section = `2. Table render (${ROUTE}, 10,000 codes, headless Chromium)`
  const vals = (f: (r: RenderRun) => number | null) =>
    runs.map(f).filter((v): v is number => v !== null)
  const source = runs.find((r) => r.dataSource)?.dataSource
  const missing = runs.find((r) => r.error)?.error
  return [
    fromSamples(
      {
        id: 'render.firstRows',
        section,
        label: 'Navigation start → first rows',
        unit: 'ms',
        note: missing,
      },
      vals((r) => r.firstRowsMs),
    ),
    fromSamples(
      {
        id: 'render.dataAt',
        section,
        label: 'Navigation start → data arrives',
        unit: 'ms',
        note:
          source === 'page'
            ? "the server drew the page: its answers came with the HTML, and the app took them in at its ssr:answers-adopted mark; first rows here are the app's own (the last first-rows mark)"
            : source === 'mark'
              ? `from the app's ${DATA_MARK} mark`
              : `no ${DATA_MARK} mark in the app: responseEnd of the first access_codes/list in Resource Timing`,
      },
      vals((r) => r.dataAtMs),
    ),
    fromSamples(
      {
        id: 'render.afterData',
        section,
        label: 'Data arrives → first rows',
        unit: 'ms',
        budget: `<= ${FIRST_ROWS_AFTER_DATA_BUDGET_MS}`,
      },
      vals((r) => r.afterDataMs),
      (m) => m <= FIRST_ROWS_AFTER_DATA_BUDGET_MS,
    ),
    fromSamples(
      {
        id: 'render.allData',
        section,
        label: 'Navigation start → every device list answered',
        unit: 'ms',
      },
      vals((r) => r.allDataMs),
    ),
    fromSamples(
      { id: 'render.longestLoadTask', section, label: 'Longest task while loading', unit: 'ms' },
      vals((r) => (r.firstRowsMs === null ? null : r.longestLoadTaskMs)),
    ),
    fromSamples(
      {
        id: 'render.longestScrollTask',
        section,
        label: 'Longest task while scrolling to the end',
        unit: 'ms',
        budget: `<= ${SCROLL_LONG_TASK_BUDGET_MS}`,
        note: runs.some((r) => r.longestScrollTaskMs !== null)
          ? `budget: no run may have a long task > ${SCROLL_LONG_TASK_BUDGET_MS} ms (checked on the max); ${runs.map((r) => `${r.scrollLongTasks} long tasks/${r.scrollSteps} steps${r.reachedEnd ? '' : ' (did not reach the end)'}`).join('; ')}`
          : undefined,
      },
      vals((r) => r.longestScrollTaskMs),
      (_m, samples) =>
        Math.max(...samples) <= SCROLL_LONG_TASK_BUDGET_MS && runs.every((r) => r.reachedEnd),
    ),
  ]
}

export { formatSummary }
