import { test as base, expect, type Page, type APIRequestContext } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'

/** Serious and critical axe violations on the current page, as readable strings. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
}

/** No error on the page (nothing with role alert) and no serious axe violations: a smoke test's end. */
export async function expectNoAlertsAndAxeClean(page: Page) {
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(await seriousA11yViolations(page)).toEqual([])
}

/**
 * The page does not scroll sideways at its current width (what a phone user at 375 px would
 * notice first); wide content must scroll inside its own region instead.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow, 'page wider than the viewport').toBeLessThanOrEqual(0)
}

/** A table's "Showing N of M …" line (the access codes, devices and locks tables all have one). */
export const resultCount = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing/ })

/**
 * `test.use(VIEWER_IN_BERLIN)` for specs about times in a lock's zone: the browser sits in Berlin,
 * far from the seeded locks (New York, Los Angeles, London), so a time entered or shown in the
 * viewer's zone instead of the lock's shows up as wrong.
 */
export const VIEWER_IN_BERLIN = { timezoneId: 'Europe/Berlin' }

/** Saves a full-page screenshot under e2e/screenshots/ for the humans reviewing the change. */
export async function snapshot(page: Page, name: string) {
  mkdirSync('e2e/screenshots', { recursive: true })
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true })
}

/** Calls the sandbox's control API through the dashboard proxy (only exists on the sandbox backend). */
export async function sandbox(request: APIRequestContext, action: string, body: unknown = {}) {
  const response = await request.post(`/api/_sandbox/${action}`, { data: body })
  expect(response.ok(), `sandbox ${action}: ${await response.text()}`).toBeTruthy()
  return response.json()
}

/** Calls a Seam route through the dashboard proxy. */
export async function seam<T = Record<string, unknown>>(
  request: APIRequestContext,
  route: string,
  body: unknown = {},
): Promise<T> {
  const response = await request.post(`/api/${route}`, { data: body })
  const json = (await response.json()) as T
  expect(response.ok(), `${route}: ${JSON.stringify(json)}`).toBeTruthy()
  return json
}

/**
 * The PIN of one code, through the audited reveal route: the dashboard strips PINs from every
 * list and get (server/dashboard/pins.ts), as it does for the page.
 */
export async function revealPin(
  request: APIRequestContext,
  accessCodeId: string,
): Promise<string | null> {
  const { code } = await seam<{ code: string | null }>(request, '_doorman/reveal_code', {
    access_code_id: accessCodeId,
  })
  return code
}

/** Codes as Seam has them, PINs included (each one revealed, and so audited). */
export async function withPins<T extends { access_code_id: string; code: string | null }>(
  request: APIRequestContext,
  codes: T[],
): Promise<T[]> {
  return Promise.all(
    codes.map(async (c) =>
      (c as { doorman_code_hidden?: boolean }).doorman_code_hidden
        ? { ...c, code: await revealPin(request, c.access_code_id) }
        : c,
    ),
  )
}

/**
 * Replays a cross-site form attack in the real browser: a page on http://evil.example auto-submits
 * a `text/plain` form whose body is `json` to `action` (a Doorman URL). Returns Doorman's answer.
 */
export async function submitCrossSiteForm(page: Page, action: string, json: string) {
  // text/plain forms send `name=value`: split the JSON so that the `=` lands inside a string.
  const cut = json.lastIndexOf('}')
  const name = `${json.slice(0, cut)},"x":"`
  const value = `"}`
  const attack = `<!doctype html><title>Win a prize</title>
    <form id="f" method="post" enctype="text/plain" action="${action}">
      <input name='${name}' value='${value}'>
    </form>
    <script>document.getElementById('f').submit()</script>`
  await page.route('http://evil.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: attack }),
  )
  const answer = page.waitForResponse((r) => r.url() === action)
  await page.goto('http://evil.example/prize')
  return answer
}

/**
 * A cross-site form tries to reset the sandbox to its `empty` seed (no devices): Doorman must
 * answer 403 and the workspace must still have its seeded locks.
 */
export async function expectCrossSiteResetRefused(
  page: Page,
  request: APIRequestContext,
  baseURL: string | undefined,
) {
  const response = await submitCrossSiteForm(
    page,
    `${baseURL}/api/_sandbox/reset`,
    JSON.stringify({ seed: 'empty' }),
  )
  expect(response.status()).toBe(403)
  const { devices } = await seam<{ devices: unknown[] }>(request, 'devices/list')
  expect(devices.length).toBeGreaterThan(0)
}

// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Playwright types auto fixtures with no value as void
type Fixtures = { resetSandbox: void }

/**
 * Every test that changes data starts from a freshly seeded sandbox, so tests never depend on
 * each other's leftovers. Use `test` from here rather than from @playwright/test.
 */
export const test = base.extend<Fixtures>({
  // The dashboard only serves requests that come from its own page (see server/dashboard/
  // request-guard.ts), so the tests' direct API calls say so, as the SPA's fetch does.
  request: async ({ playwright, baseURL }, use) => {
    const context = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { origin: new URL(baseURL!).origin },
    })
    await use(context)
    await context.dispose()
  },
  resetSandbox: [
    async ({ request }, use, testInfo) => {
      if (testInfo.project.name === 'chromium') await sandbox(request, 'reset', { seed: 'default' })
      await use()
    },
    { auto: true },
  ],
})
export { expect }
