import type { Page } from '@playwright/test'
import { test, expect, sandbox, seam, seriousA11yViolations } from './support/fixtures'

type ApiDevice = { device_id: string; display_name: string; properties: { online: boolean } }
type Clock = { now: string; offset_ms: number }

const drawer = (page: Page) => page.getByRole('dialog', { name: 'Sandbox demo controls' })
const status = (page: Page) => drawer(page).getByRole('status').first()

test.describe('sandbox demo controls', () => {
  test('advance the clock, arm a fault on the next request, take a lock offline, reset', async ({
    page,
    request,
  }) => {
    await page.goto('/devices')
    await page.getByRole('button', { name: 'Demo controls' }).click()
    await expect(drawer(page)).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])

    // Advance the clock by one hour.
    const before = await sandbox(request, 'clock/get')
    await drawer(page).getByRole('button', { name: 'Advance the clock by 1 hour' }).click()
    await expect(status(page)).toHaveText('Clock moved forward by 1 hour')
    const after = (await sandbox(request, 'clock/get')) as Clock
    expect(after.offset_ms - (before as Clock).offset_ms).toBe(3_600_000)

    // Arm a 500 for the next device request: the next one fails, the one after works.
    await drawer(page).getByLabel('Fault', { exact: true }).selectOption('server_error')
    await drawer(page).getByLabel('Applies to', { exact: true }).selectOption('/devices/')
    await drawer(page).getByRole('button', { name: 'Fail the next request' }).click()
    await expect(status(page)).toHaveText('Server error (500) armed for the next request')
    const failed = await request.post('/api/devices/list', { data: {} })
    expect(failed.status()).toBe(500)
    expect(((await failed.json()) as { error: { message: string } }).error.message).toBe(
      'Injected fault (sandbox)',
    )
    expect((await request.post('/api/devices/list', { data: {} })).status()).toBe(200)

    // Take a lock offline; the devices list shows it once the drawer's action has refreshed.
    const { devices } = await seam<{ devices: ApiDevice[] }>(request, 'devices/list')
    const lock = devices.find((d) => d.properties.online)!
    await drawer(page).getByLabel('Lock', { exact: true }).selectOption(lock.device_id)
    await expect(drawer(page).getByText('Online', { exact: true })).toBeVisible()
    await drawer(page).getByRole('button', { name: 'Take offline' }).click()
    await expect(status(page)).toHaveText(`${lock.display_name} is now offline`)
    await expect(drawer(page).getByText('Offline', { exact: true })).toBeVisible()
    const offline = await seam<{ device: ApiDevice }>(request, 'devices/get', {
      device_id: lock.device_id,
    })
    expect(offline.device.properties.online).toBe(false)

    // Reset asks first, then puts everything back.
    await drawer(page).getByRole('button', { name: 'Reset sandbox…' }).click()
    await drawer(page).getByRole('button', { name: 'Yes, reset the sandbox' }).click()
    await expect(status(page)).toHaveText('Sandbox reset to its starting data')
    const reset = await seam<{ devices: ApiDevice[] }>(request, 'devices/list')
    expect(reset.devices.find((d) => d.display_name === lock.display_name)?.properties.online).toBe(
      true,
    )
    expect(((await sandbox(request, 'clock/get')) as Clock).offset_ms).toBeLessThan(after.offset_ms)
  })

  // Saves screenshots for reviewers as it goes.
  test('the demo controls drawer has no serious axe violations at 375 px and Escape closes it', async ({
    page,
  }) => {
    await page.goto('/triage')
    await page.getByRole('button', { name: 'Demo controls' }).click()
    await expect(drawer(page).getByText(/Sandbox time: .*\d/)).toBeVisible()
    await page.screenshot({ path: 'e2e/screenshots/sandbox-drawer-1440.png' })
    await page.setViewportSize({ width: 375, height: 812 })
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.screenshot({ path: 'e2e/screenshots/sandbox-drawer-375.png' })
    // Escape closes it and focus returns to the page.
    await page.keyboard.press('Escape')
    await expect(drawer(page)).toBeHidden()
  })
})
