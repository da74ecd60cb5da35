import { test, expect, seriousA11yViolations } from './support/fixtures'
import { codesOn, listDevices, table } from './support/access-codes'

/**
 * The pages people land on come with their first rows drawn by the server (issue #19,
 * server/dashboard/ssr): on screen before any script has run, then the app takes over in place.
 */
async function lockWithCodes(request: Parameters<typeof listDevices>[0]) {
  for (const lock of await listDevices(request)) {
    const codes = (await codesOn(request, lock.device_id)).filter(
      (c): c is typeof c & { name: string } => c.device_id === lock.device_id && !!c.name,
    )
    if (codes.length >= 2) return { lock, codes }
  }
  throw new Error('no lock with two codes in the seed')
}

test.describe('pages the server draws', () => {
  test("a lock's codes are on the page with no script run at all", async ({
    browser,
    request,
    baseURL,
  }) => {
    const { lock, codes } = await lockWithCodes(request)
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! })
    const page = await context.newPage()
    await page.goto(`/devices/${lock.device_id}`)
    await expect(page.getByRole('heading', { level: 1, name: lock.display_name })).toBeVisible()
    // Drawn, not yet the app's: visible, but inert (nothing there can be clicked or focused).
    for (const code of codes.slice(0, 2)) await expect(page.getByText(code.name)).toBeVisible()
    await expect(page.locator('#ssr-page')).toHaveAttribute('inert', '')
    await context.close()
  })

  test('the app takes the drawn page over in place: one table, and a first click works', async ({
    page,
    request,
  }) => {
    const { lock, codes } = await lockWithCodes(request)
    const name = codes[0]!.name
    await page.goto(`/devices/${lock.device_id}`)
    await expect(page.locator('#ssr-page')).toHaveCount(0)
    await expect(page.getByRole('table', { name: 'Access codes' })).toHaveCount(1)
    // The mouse, once, on the app's own row: its actions menu opens.
    await table(page)
      .getByRole('button', { name: `Actions for ${name}` })
      .click()
    await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  test('the workspace table is taken over the same way, at phone width too', async ({ page }) => {
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 800 })
      await page.goto('/access-codes')
      await expect(page.locator('#ssr-page')).toHaveCount(0)
      await expect(table(page)).toHaveCount(1)
      await expect(table(page).locator('tbody tr').first()).toBeVisible()
      expect(await seriousA11yViolations(page), `${width} px`).toEqual([])
    }
  })
})
