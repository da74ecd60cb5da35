import { describeIssue } from '../src/lib/catalogue/error-catalogue'
import {
  test,
  expect,
  expectNoAlertsAndAxeClean,
  expectNoSidewaysScroll,
  resultCount,
  seam,
  seriousA11yViolations,
  snapshot,
} from './support/fixtures'
import type { Page } from '@playwright/test'
import { FIRST_PAGE_SIZE } from '../src/features/access-codes/api/list-access-codes'

type ApiDevice = {
  device_id: string
  display_name: string
  properties: { online: boolean; battery_level?: number; manufacturer?: string }
  errors: Array<{ error_code: string }>
  warnings: Array<{ warning_code: string }>
}

const devicesTable = (page: Page) => page.getByRole('table', { name: 'Devices' })
const bodyRows = (page: Page) => devicesTable(page).locator('tbody tr[aria-rowindex]')

async function listDevices(request: Parameters<typeof seam>[0]) {
  return (await seam<{ devices: ApiDevice[] }>(request, 'devices/list')).devices
}

test.describe('devices', () => {
  test("lists every device the API returns; a lock's page shows its details, codes and history @smoke", async ({
    page,
    request,
  }) => {
    const devices = await listDevices(request)
    expect(devices.length).toBeGreaterThan(0)
    await page.goto('/devices')
    await expect(resultCount(page)).toHaveText(
      `Showing ${devices.length} of ${devices.length} devices`,
    )
    await expect(bodyRows(page).first().getByRole('link')).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])

    const lock = devices[0]!
    await page.goto(`/devices/${lock.device_id}`)
    await expect(page.getByRole('heading', { level: 1, name: lock.display_name })).toBeVisible()
    await expect(page.getByText(lock.device_id, { exact: true })).toBeVisible()
    const codes = page.getByRole('table', { name: `Access codes on ${lock.display_name}` })
    await expect(codes).toBeVisible()
    // The codes are what people open a lock for: on the first screen, without scrolling.
    await expect(codes.locator('tbody tr').first()).toBeInViewport()
    await expect(page.getByRole('region', { name: 'Recent events' })).toBeVisible()
    await expectNoAlertsAndAxeClean(page)
  })

  test('sorting and filtering change the rows and the URL, and survive reload', async ({
    page,
    request,
  }) => {
    const devices = await listDevices(request)
    const offline = devices.filter((d) => !d.properties.online)
    expect(offline.length).toBeGreaterThan(0)

    await page.goto('/devices')
    await expect(resultCount(page)).toHaveText(
      `Showing ${devices.length} of ${devices.length} devices`,
    )

    // Sort by battery, lowest first.
    await devicesTable(page).getByRole('button', { name: 'Battery' }).click()
    await expect(page).toHaveURL(/sort=battery/)
    await expect(page).toHaveURL(/dir=asc/)
    await expect(devicesTable(page).getByRole('columnheader', { name: /Battery/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    const lowest = [...devices].sort(
      (a, b) => (a.properties.battery_level ?? 2) - (b.properties.battery_level ?? 2),
    )[0]!
    await expect(bodyRows(page).first().getByRole('link')).toHaveText(lowest.display_name)

    // Filter to offline locks.
    const search = page.getByRole('search', { name: 'Search devices' })
    await search.locator('summary', { hasText: 'Status' }).click()
    await search.getByRole('checkbox', { name: /^Offline/ }).check()
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/online=offline/)
    await expect(resultCount(page)).toHaveText(
      `Showing ${offline.length} of ${devices.length} devices`,
    )
    await expect(bodyRows(page)).toHaveCount(offline.length)
    for (const row of await bodyRows(page).all()) await expect(row).toContainText('Offline')

    // Text search narrows further.
    const target = offline[0]!
    await search.getByRole('searchbox', { name: 'Search devices' }).fill(target.display_name)
    await expect(page).toHaveURL(/q=/)
    await expect(bodyRows(page).first().getByRole('link')).toHaveText(target.display_name)

    await page.reload()
    await expect(search.getByRole('searchbox', { name: 'Search devices' })).toHaveValue(
      target.display_name,
    )
    await expect(bodyRows(page).first().getByRole('link')).toHaveText(target.display_name)
    await expect(devicesTable(page).getByRole('columnheader', { name: /Battery/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    await search.locator('summary', { hasText: 'Status' }).click()
    await expect(search.getByRole('checkbox', { name: /^Offline/ })).toBeChecked()
    await page.keyboard.press('Escape')

    await search.getByRole('button', { name: 'Reset filters' }).click()
    await expect(resultCount(page)).toHaveText(
      `Showing ${devices.length} of ${devices.length} devices`,
    )
    await expect(page).not.toHaveURL(/online=/)
    await expect(page).toHaveURL(/sort=battery/)
  })

  test('the manufacturer and issues facets filter rows', async ({ page, request }) => {
    const devices = await listDevices(request)
    const august = devices.filter((d) => d.properties.manufacturer === 'august')
    const withErrors = devices.filter((d) => d.errors.length > 0)
    await page.goto('/devices?manufacturer=august')
    await expect(resultCount(page)).toHaveText(
      `Showing ${august.length} of ${devices.length} devices`,
    )
    await page.goto('/devices?issues=errors')
    await expect(resultCount(page)).toHaveText(
      `Showing ${withErrors.length} of ${devices.length} devices`,
    )
    // A bad value in the URL falls back instead of breaking the page.
    await page.goto('/devices?sort=nonsense&online=maybe')
    await expect(resultCount(page)).toHaveText(
      `Showing ${devices.length} of ${devices.length} devices`,
    )
  })

  test('an offline device is visibly offline in the table and on its page, with its error explained', async ({
    page,
    request,
  }) => {
    const devices = await listDevices(request)
    const device = devices.find((d) => !d.properties.online && d.errors.length > 0)!
    const issue = describeIssue('error', device.errors[0]!.error_code)

    await page.goto(`/devices?q=${encodeURIComponent(device.display_name)}`)
    const row = bodyRows(page).filter({
      has: page.getByRole('link', { name: device.display_name, exact: true }),
    })
    await expect(row.getByText('Offline', { exact: true })).toBeVisible()
    await expect(row).toContainText(issue.title)

    await row.getByRole('link', { name: device.display_name }).click()
    await expect(page).toHaveURL(new RegExp(`/devices/${device.device_id}$`))
    await expect(page.getByRole('heading', { level: 1, name: device.display_name })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Status' }).getByText('Offline')).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: issue.title })).toBeVisible()
    await expect(page.getByText(issue.explanation)).toBeVisible()
    await expect(page.getByText(issue.action)).toBeVisible()
    await expect(page.getByRole('link', { name: 'Create access code' })).toHaveAttribute(
      'href',
      `/devices/${device.device_id}/access-codes/new`,
    )
    await expect(
      page.getByRole('heading', { level: 2, name: 'Access codes', exact: true }),
    ).toBeVisible()
    await expect(page.getByRole('table', { name: /access codes/i })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Unmanaged codes' })).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
    await snapshot(page, 'device-detail-1440')

    await page.setViewportSize({ width: 375, height: 800 })
    await expect(page.getByRole('heading', { level: 1, name: device.display_name })).toBeVisible()
    await expectNoSidewaysScroll(page)
    await snapshot(page, 'device-detail-375')
  })

  test('keyboard alone reaches and opens a device', async ({ page, request }) => {
    const devices = await listDevices(request)
    await page.goto('/devices')
    await expect(bodyRows(page).first()).toBeVisible()
    let reached = false
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => {
        const el = document.activeElement
        return el instanceof HTMLAnchorElement && /\/devices\/[^/]+$/.test(el.pathname)
      })
    }
    expect(reached).toBe(true)
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '')
    expect(devices.map((d) => d.display_name)).toContain(name)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/devices\/[^/]+$/)
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  })

  test('a lock with more codes than a first page shows that page at once, then the whole list', async ({
    page,
    request,
  }) => {
    const lock = (await listDevices(request)).find((d) => d.properties.online)!
    type Codes = { access_codes: { device_id: string }[] }
    const on = async () =>
      (
        await seam<Codes>(request, 'access_codes/list', { device_id: lock.device_id })
      ).access_codes.filter((c) => c.device_id === lock.device_id).length
    for (let i = await on(); i <= FIRST_PAGE_SIZE; i++)
      await seam(request, 'access_codes/create', { device_id: lock.device_id, name: `Guest ${i}` })
    const all = await on()
    // The browser's request for the whole list waits until released. The server draws the page
    // from its first page (server/dashboard/ssr), so that page is what shows meanwhile.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/access_codes/list', async (route) => {
      const body = route.request().postDataJSON() as { device_id?: string; limit?: number }
      if (body.device_id === lock.device_id && body.limit === undefined) await held
      return route.continue()
    })
    await page.goto(`/devices/${lock.device_id}`)
    const count = resultCount(page)
    await expect(count).toHaveText(
      `Showing ${FIRST_PAGE_SIZE} of ${FIRST_PAGE_SIZE} codes loaded so far`,
    )
    await expect(page.locator('#ssr-page')).toHaveCount(0)
    await expect(count).toHaveText(
      `Showing ${FIRST_PAGE_SIZE} of ${FIRST_PAGE_SIZE} codes loaded so far`,
    )
    release()
    await expect(count).toHaveText(`Showing ${all} of ${all} codes`)
  })

  test('an unknown device shows a friendly not-found page', async ({ page }) => {
    await page.goto('/devices/no-such-device')
    await expect(page.getByRole('heading', { name: 'Device not found' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Go to all devices' })).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  test('the devices page passes axe and fits 1440 px and 375 px', async ({ page }) => {
    await page.goto('/devices')
    await expect(bodyRows(page).first()).toBeVisible()
    // Let the code counts arrive before the picture.
    await expect(bodyRows(page).first().getByRole('cell').nth(5)).toHaveText(/^\d+$/)
    expect(await seriousA11yViolations(page)).toEqual([])
    await snapshot(page, 'devices-1440')
    const search = page.getByRole('search', { name: 'Search devices' })
    await search.locator('summary', { hasText: 'Manufacturer' }).click()
    await expect(search.getByRole('checkbox').first()).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
    await snapshot(page, 'devices-facet-open-1440')
    await page.keyboard.press('Escape')

    await page.setViewportSize({ width: 375, height: 800 })
    await expect(bodyRows(page).first()).toBeVisible()
    await expectNoSidewaysScroll(page)
    expect(await seriousA11yViolations(page)).toEqual([])
    await snapshot(page, 'devices-375')
  })
})
