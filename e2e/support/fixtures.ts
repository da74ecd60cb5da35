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

// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Playwright types auto fixtures with no value as void
type Fixtures = { resetSandbox: void }

/**
 * Every test that changes data starts from a freshly seeded sandbox, so tests never depend on
 * each other's leftovers. Use `test` from here rather than from @playwright/test.
 */
export const test = base.extend<Fixtures>({
  resetSandbox: [
    async ({ request }, use, testInfo) => {
      if (testInfo.project.name === 'chromium') await sandbox(request, 'reset', { seed: 'default' })
      await use()
    },
    { auto: true },
  ],
})
export { expect }
