import type { APIRequestContext, Page } from '@playwright/test'
import {
  test,
  expect,
  expectNoAlertsAndAxeClean,
  seam,
  seriousA11yViolations,
} from './support/fixtures'

/** What a person sees first (the page is long), saved beside the other screenshots. */
const viewportSnapshot = (page: Page, name: string) =>
  page.screenshot({ path: `e2e/screenshots/${name}.png` })

type ApiDevice = {
  device_id: string
  display_name: string
  properties: { online: boolean }
  errors: { error_code: string }[]
  warnings: { warning_code: string }[]
}
type ApiCode = { access_code_id: string; name: string | null; status: string }

async function onlineDevice(request: APIRequestContext) {
  const { devices } = await seam<{ devices: ApiDevice[] }>(request, 'devices/list')
  const device = devices.find(
    (d) => d.properties.online && d.errors.length === 0 && d.warnings.length === 0,
  )
  expect(device, 'a healthy online device in the seed').toBeTruthy()
  return device!
}

const drawer = (page: Page) => page.getByRole('dialog', { name: 'Sandbox demo controls' })

async function openDrawer(page: Page) {
  await page.getByRole('button', { name: 'Demo controls' }).click()
  await expect(drawer(page)).toBeVisible()
}

async function closeDrawer(page: Page) {
  await drawer(page).getByRole('button', { name: 'Close' }).click()
  await expect(drawer(page)).toBeHidden()
}

async function drawerAction(page: Page, button: string, done: string) {
  await drawer(page).getByRole('button', { name: button }).click()
  await expect(drawer(page).getByRole('status')).toHaveText(done)
}

test.describe('triage', () => {
  test('the triage page sums up problems by severity, or says there is nothing to fix @smoke', async ({
    page,
  }) => {
    await page.goto('/triage')
    await expect(page.getByRole('heading', { level: 1, name: 'Triage' })).toBeVisible()
    await expect(
      page.getByRole('list', { name: 'Problems' }).or(page.getByText('Nothing to fix')),
    ).toBeVisible()
    await expect(page.getByText(/still loading codes/)).toBeHidden()
    await expectNoAlertsAndAxeClean(page)
  })

  test('an offline lock makes its pending code show delay_in_setting_on_device; back online clears it; events show the transitions in order', async ({
    page,
    request,
  }) => {
    const device = await onlineDevice(request)
    const name = device.display_name

    await page.goto('/triage')
    await expect(page.getByRole('heading', { name: 'Triage', level: 1 })).toBeVisible()

    // Take the lock offline from the demo drawer.
    await openDrawer(page)
    await drawer(page).getByLabel('Lock', { exact: true }).selectOption(device.device_id)
    await drawerAction(page, 'Take offline', `${name} is now offline`)

    // A guest code is created while the lock is offline: it stays pending.
    const { access_code: code } = await seam<{ access_code: ApiCode }>(
      request,
      'access_codes/create',
      { device_id: device.device_id, name: 'E2E guest – offline demo' },
    )
    expect(code.status).toBe('setting')

    // Five simulated minutes later Seam flags the delay (after 2 min, failure only after 10).
    await drawerAction(page, 'Advance the clock by 5 minutes', 'Clock moved forward by 5 minutes')
    await closeDrawer(page)

    const filters = page.getByRole('search', { name: 'Filter problems' })
    await filters.getByLabel('Device', { exact: true }).selectOption(device.device_id)
    await expect(page).toHaveURL(new RegExp(`device=${device.device_id}`))
    const delay = page.getByRole('article', { name: 'Code is taking long to reach the lock' })
    await expect(delay).toBeVisible()
    await expect(delay.getByText('delay_in_setting_on_device')).toBeVisible()
    await expect(delay.getByRole('row', { name: /E2E guest – offline demo/ })).toBeVisible()
    await expect(delay).toContainText('Check that the lock is online')
    await expect(page.getByRole('article', { name: 'Lock is offline' })).toContainText(name)

    // Filter to that one problem; the URL holds it and a reload keeps it.
    await filters.getByLabel('Problem', { exact: true }).selectOption('delay_in_setting_on_device')
    await expect(page).toHaveURL(/code=delay_in_setting_on_device/)
    await page.reload()
    await expect(delay.getByRole('row', { name: /E2E guest – offline demo/ })).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])

    // Bring it back: the code is set and the warning clears.
    await openDrawer(page)
    await drawer(page).getByLabel('Lock', { exact: true }).selectOption(device.device_id)
    await drawerAction(page, 'Bring online', `${name} is back online`)
    await closeDrawer(page)
    await expect(delay).toBeHidden()
    await expect(page.getByText('No problems match these filters')).toBeVisible()
    const after = await seam<{ access_code: ApiCode }>(request, 'access_codes/get', {
      access_code_id: code.access_code_id,
    })
    expect(after.access_code.status).toBe('set')

    // The code's history, newest first: created → delay → set.
    await page.goto(`/events?code=${code.access_code_id}`)
    await expect(page.getByText('Showing the history of access code')).toBeVisible()
    const rows = page.getByRole('table').locator('tbody tr:not([aria-hidden])')
    await expect(rows).toHaveCount(3)
    await expect(rows.nth(0)).toContainText('Code set on lock')
    await expect(rows.nth(1)).toContainText('Delay setting code')
    await expect(rows.nth(2)).toContainText('Code created')

    // The lock's connection events, newest first.
    await page.goto(`/events?device=${device.device_id}&type=device.*`)
    await expect(rows).toHaveCount(2)
    await expect(rows.nth(0)).toContainText('Lock online')
    await expect(rows.nth(1)).toContainText('Lock offline')
  })

  test('copy diagnostics puts a JSON bundle for the object on the clipboard', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/triage?sort=severity')
    const first = page.getByRole('list', { name: 'Problems' }).getByRole('article').first()
    await expect(first).toBeVisible()
    const button = first.getByRole('button', { name: /^Copy diagnostics for / }).first()
    const label = (await button.getAttribute('aria-label'))!.replace('Copy diagnostics for ', '')
    await button.click()
    await expect(page.getByText(`Diagnostics for ${label} copied`)).toBeVisible()

    const text = await page.evaluate(() => navigator.clipboard.readText())
    const bundle = JSON.parse(text) as Record<string, unknown>
    expect(typeof bundle['generated_at']).toBe('string')
    expect(Number.isNaN(Date.parse(bundle['generated_at'] as string))).toBe(false)
    expect(['device', 'access_code']).toContain(bundle['object_type'])
    expect(typeof bundle['object_id']).toBe('string')
    expect(bundle['object']).toMatchObject({})
    expect(Array.isArray(bundle['errors'])).toBe(true)
    expect(Array.isArray(bundle['warnings'])).toBe(true)
    const issue = bundle['issue'] as { code: string; kind: string }
    const issues = [
      ...(bundle['errors'] as { error_code: string }[]).map((e) => e.error_code),
      ...(bundle['warnings'] as { warning_code: string }[]).map((w) => w.warning_code),
    ]
    expect(issues).toContain(issue.code)
    const events = bundle['recent_events'] as { event_type: string; occurred_at: string }[]
    expect(Array.isArray(events)).toBe(true)
    expect(events.length).toBeGreaterThan(0)
    const times = events.map((e) => Date.parse(e.occurred_at))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
  })

  // Saves viewport screenshots for reviewers as it goes; it checks only axe.
  test('the triage page has no serious axe violations at 1440 and 375 px', async ({ page }) => {
    await page.goto('/triage')
    await expect(page.getByRole('list', { name: 'Problems' })).toBeVisible()
    await expect(page.getByText(/still loading codes/)).toBeHidden()
    expect(await seriousA11yViolations(page)).toEqual([])
    await viewportSnapshot(page, 'triage-1440')
    await page.setViewportSize({ width: 375, height: 812 })
    await expect(page.getByRole('list', { name: 'Problems' })).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
    await viewportSnapshot(page, 'triage-375')
  })
})
