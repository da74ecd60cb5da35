import type { Page } from '@playwright/test'
import { test, expect, seam, seriousA11yViolations } from './support/fixtures'

/** The log is virtualized and long: save what a person sees first. */
const viewportSnapshot = (page: Page, name: string) =>
  page.screenshot({ path: `e2e/screenshots/${name}.png` })

type ApiEvent = { event_id: string; event_type: string; occurred_at: string; device_id?: string }
type ApiDevice = { device_id: string; display_name: string }

test.describe('events', () => {
  test('lists events newest first with plain-language descriptions; filters live in the URL', async ({
    page,
    request,
  }) => {
    const { events } = await seam<{ events: ApiEvent[] }>(request, 'events/list', {
      since: new Date(Date.now() - 30 * 86_400_000).toISOString(),
      limit: 5,
    })
    expect(events.length).toBeGreaterThan(0)

    await page.goto('/events')
    const rows = page.getByRole('table').locator('tbody tr:not([aria-hidden])')
    await expect(rows.first()).toBeVisible()
    // Newest first (the simulator keeps adding events, so compare rows with each other).
    const times = await rows
      .locator('time:visible')
      .evaluateAll((els) => els.slice(0, 20).map((el) => Date.parse(el.getAttribute('datetime')!)))
    expect(times.length).toBeGreaterThan(1)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect(times[0]).toBeGreaterThanOrEqual(Date.parse(events[0]!.occurred_at))

    // Filter by type: every row is that type, the URL says so.
    const filters = page.getByRole('search', { name: 'Filter events' })
    await filters.getByLabel('Event type').selectOption('device.disconnected')
    await expect(page).toHaveURL(/type=device\.disconnected/)
    await expect(rows.first()).toContainText('Lock offline')
    const count = await rows.count()
    for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText('Lock offline')

    // And by device.
    const { devices } = await seam<{ devices: ApiDevice[] }>(request, 'devices/list')
    const withEvent = devices.find(
      (d) => d.device_id === events.find((e) => e.device_id)?.device_id,
    )!
    await filters.getByLabel('Event type').selectOption('')
    await filters.getByLabel('Device').selectOption(withEvent.device_id)
    await expect(page).toHaveURL(new RegExp(`device=${withEvent.device_id}`))
    await expect(rows.first()).toContainText(withEvent.display_name)

    // A custom range that ends before it starts is explained, not sent.
    await filters.getByLabel('Time range').selectOption('custom')
    await filters.getByLabel('From').fill('2030-01-02T10:00')
    await filters.getByLabel('To').fill('2030-01-01T10:00')
    await expect(filters.getByRole('alert')).toContainText('The end must be after the start')

    // Reloading keeps the filters.
    await page.reload()
    await expect(page.getByLabel('Device')).toHaveValue(withEvent.device_id)
    await expect(page.getByLabel('Time range')).toHaveValue('custom')
  })

  test("the events page and a lock's recent events load, on the sandbox and on Seam's fake @smoke", async ({
    page,
  }) => {
    // Seam refuses an events/list without a window; its fake does too.
    await page.goto('/events')
    await expect(
      page.getByRole('table').locator('tbody tr:not([aria-hidden])').first(),
    ).toBeVisible()
    await expect(page.getByText('Could not load events')).toHaveCount(0)

    await page.goto('/devices')
    await page.getByRole('table', { name: 'Devices' }).getByRole('link').first().click()
    const history = page.getByRole('region', { name: 'Recent events' })
    await expect(
      history
        .getByRole('list', { name: 'Recent events, newest first' })
        .or(history.getByText(/^Nothing has happened in the last 30 days/)),
    ).toBeVisible()
    await expect(history.getByText('Could not load the history')).toHaveCount(0)
  })

  test('"Any time" is the last 30 days; "Load older events" reaches further back', async ({
    page,
  }) => {
    const requests: Record<string, unknown>[] = []
    page.on('request', (req) => {
      if (req.url().endsWith('/api/events/list'))
        requests.push(req.postDataJSON() as Record<string, unknown>)
    })
    // Few enough that the 30-day window is not full, so "Load older" widens it.
    await page.goto('/events?limit=10000')
    const footer = page.getByText(/^Showing the \d+ most recent events from the last 30 days/)
    await expect(footer).toBeVisible()
    const days = (body: Record<string, unknown>) =>
      Math.round((Date.now() - Date.parse(body['since'] as string)) / 86_400_000)
    expect(requests.length).toBeGreaterThan(0)
    for (const body of requests) expect(days(body)).toBe(30)

    await page.getByRole('button', { name: 'Load older events' }).click()
    await expect(page).toHaveURL(/days=60/)
    await expect(page.getByText(/most recent events from the last 60 days/)).toBeVisible()
    expect(days(requests.at(-1)!)).toBe(60)
  })

  // Saves viewport screenshots for reviewers as it goes; it checks only axe.
  test('the events page has no serious axe violations at 1440 and 375 px', async ({ page }) => {
    await page.goto('/events')
    await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
    await viewportSnapshot(page, 'events-1440')
    await page.setViewportSize({ width: 375, height: 812 })
    expect(await seriousA11yViolations(page)).toEqual([])
    await viewportSnapshot(page, 'events-375')
  })
})
