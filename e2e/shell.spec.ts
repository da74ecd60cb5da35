import {
  test,
  expect,
  expectNoSidewaysScroll,
  seriousA11yViolations,
  snapshot,
  sandbox,
} from './support/fixtures'

test.describe('app shell', () => {
  test('loads with the workspace name and backend badge, and passes axe @smoke', async ({
    page,
  }, testInfo) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/devices$/)
    await expect(page.getByRole('link', { name: 'Doorman' })).toBeVisible()
    const badge = testInfo.project.name === 'chromium' ? 'Sandbox' : 'Live'
    await expect(page.getByRole('banner').getByText(badge, { exact: true })).toBeVisible()
    if (testInfo.project.name === 'chromium') {
      await expect(page.getByRole('banner').getByText(/Harborview Property Group/)).toBeVisible()
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
    await snapshot(page, `shell-${testInfo.project.name}-1440`)
  })

  test('every nav link works @smoke', async ({ page }) => {
    await page.goto('/devices')
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const [name, path] of [
      ['Access codes', '/access-codes'],
      ['Triage', '/triage'],
      ['Events', '/events'],
      ['Devices', '/devices'],
    ] as const) {
      await nav.getByRole('link', { name }).click()
      // A page may add its default view to the query string (e.g. /triage?sort=count).
      await expect(page).toHaveURL(new RegExp(`${path}(\\?.*)?$`))
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page')
    }
  })

  test('an unknown URL shows the 404 page @smoke', async ({ page }) => {
    await page.goto('/no/such/page')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await page.getByRole('link', { name: 'Go to devices' }).click()
    await expect(page).toHaveURL(/\/devices$/)
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  test('works at 375 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 })
    await page.goto('/devices')
    await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible()
    await expectNoSidewaysScroll(page)
    await snapshot(page, 'shell-375')
  })

  test('a backend 500 shows the route error boundary and recovers on retry', async ({
    page,
    request,
  }) => {
    // Enough failures to outlast the server's one try at drawing the page and the client's
    // retries for 5xx.
    await sandbox(request, 'faults/inject', { status: 500, count: 5, path_prefix: '/devices/list' })
    await page.goto('/devices')
    const alert = page.getByRole('alert')
    await expect(alert.getByText('This page could not be loaded')).toBeVisible({ timeout: 20_000 })
    await expect(alert.getByText(/Request ID/)).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await snapshot(page, 'shell-route-error')
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible()
  })
})
