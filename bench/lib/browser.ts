/** Headless Chromium in its own process, plus the in-page probes every measurement uses. */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
} from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/support/chromium'

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions)
}

export type LongTask = { startTime: number; duration: number }

declare global {
  interface Window {
    __bench: { longTasks: LongTask[] }
  }
}

/**
 * Runs before any app script: a buffered long-task observer, and a resource-timing buffer big
 * enough for the ~250 per-device list requests of the large seed (the default of 250 would drop
 * the later ones).
 */
function probe() {
  window.__bench = { longTasks: [] }
  performance.setResourceTimingBufferSize(20_000)
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__bench.longTasks.push({ startTime: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    /* long tasks unsupported: the list stays empty and the caller reports it */
  }
  // Each mark as a console message, which waitForMark listens for: polling the page for it
  // (waitForFunction) loads Playwright's injected script into the page during the very load
  // being timed, ~50 ms of main-thread work no user's browser does.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) console.debug(`bench:mark ${e.name}`)
  }).observe({ type: 'mark' })
}

export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  // tsx (esbuild keepNames) wraps named inner functions in `__name(...)`; functions we send to the
  // page are serialised without that helper, so give the page a no-op one.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' })
  await context.addInitScript(probe)
  return context
}

export const longTasks = (page: Page) => page.evaluate(() => window.__bench.longTasks)

/** performance.mark start time (ms since navigation start), or null. */
export const markTime = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null, name)

/**
 * Waits for a mark; null if it is not set within `timeoutMs`. Listens for the probe's console
 * message rather than polling the page (see probe()).
 */
export async function waitForMark(
  page: Page,
  name: string,
  timeoutMs: number,
): Promise<number | null> {
  let onConsole: ((message: ConsoleMessage) => void) | undefined
  const seen = new Promise<void>((resolve) => {
    onConsole = (message) => {
      if (message.text() === `bench:mark ${name}`) resolve()
    }
    page.on('console', onConsole)
  })
  try {
    // Set before this call began listening: it is in the page already.
    if ((await markTime(page, name)) === null) {
      const timedOut = await Promise.race([
        seen.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs)),
      ])
      if (timedOut) return null
    }
  } finally {
    page.off('console', onConsole!)
  }
  return markTime(page, name)
}

/** Runs `n` animation frames in the page (lets React commit and the virtualizer measure). */
export const frames = (page: Page, n = 2) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step))
        requestAnimationFrame(step)
        setTimeout(resolve, 100 * count) // never hang on a page that stops producing frames
      }),
    n,
  )
