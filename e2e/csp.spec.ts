import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'

/**
 * The dashboard's Content-Security-Policy (server/dashboard/csp.ts) in a real browser: the app,
 * its inline theme script included, runs without a single violation, and a script injected into
 * the page does not run.
 */

type Violation = { directive: string; blocked: string; sample: string }
type Recorded = { cspViolations: Violation[]; injectedRan?: boolean }

/** Records every CSP violation the page reports, from the first byte on. */
async function recordViolations(page: Page) {
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      consoleErrors.push(message.text())
    }
  })
  await page.addInitScript(() => {
    const recorded = window as unknown as Recorded
    recorded.cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.cspViolations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      })
    })
  })
  return {
    consoleErrors,
    violations: () => page.evaluate(() => (window as unknown as Recorded).cspViolations),
  }
}

test.describe('Content-Security-Policy', () => {
  test('every page runs under the policy with no violation, the theme script included @smoke', async ({
    page,
  }) => {
    const csp = await recordViolations(page)
    // A stored choice the inline script must apply: it only runs if its hash is allowed.
    await page.addInitScript(() => localStorage.setItem('doorman-theme', 'dark'))
    const response = await page.goto('/devices')
    const header = response!.headers()['content-security-policy'] ?? ''
    expect(header).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

    for (const [path, heading] of [
      ['/devices', 'Devices'],
      ['/access-codes', 'Access codes'],
      ['/triage', 'Triage'],
      ['/events', 'Events'],
      ['/properties', 'Properties'],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      expect(await csp.violations(), path).toEqual([])
    }
    // A lock's page: the timeline sets its geometry through style properties.
    await page.getByRole('link', { name: 'Devices' }).click()
    await page.getByRole('table', { name: 'Devices' }).getByRole('link').first().click()
    await expect(page.getByRole('region', { name: 'Recent events' })).toBeVisible()
    expect(await csp.violations()).toEqual([])
    expect(csp.consoleErrors).toEqual([])
  })

  test('a script injected into the page is blocked and reported', async ({ page }) => {
    const csp = await recordViolations(page)
    await page.goto('/devices')
    await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible()

    const ran = await page.evaluate(async () => {
      const recorded = window as unknown as Recorded
      const script = document.createElement('script')
      script.textContent = 'window.injectedRan = true'
      document.head.append(script)
      // An inline handler, the other classic way in.
      const img = document.createElement('img')
      img.setAttribute('onerror', 'window.injectedRan = true')
      img.src = 'data:image/png;base64,broken'
      document.body.append(img)
      await new Promise((resolve) => setTimeout(resolve, 300))
      return recorded.injectedRan ?? false
    })
    expect(ran).toBe(false)
    await expect
      .poll(async () => (await csp.violations()).map((v) => v.directive).sort())
      .toEqual(['script-src-attr', 'script-src-elem'])
  })
})
