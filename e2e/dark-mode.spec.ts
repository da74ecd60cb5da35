import type { Page } from '@playwright/test'
import { test, expect, seam, seriousA11yViolations, snapshot } from './support/fixtures'

/**
 * Dark mode: the header's light / dark / system toggle, remembered across reloads; the theme on
 * <html> before first paint; and every main page free of serious axe violations (colour
 * contrast included) in the dark theme at phone and desktop widths.
 */

const html = (page: Page) => page.locator('html')
const themeToggle = (page: Page) => page.getByRole('group', { name: 'Theme' })

async function openDevices(page: Page) {
  await page.goto('/devices')
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible()
}

test.describe('dark mode', () => {
  test('follows the system by default; the toggle cycles light, dark, system and is remembered @smoke', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await openDevices(page)
    const toggle = themeToggle(page)
    await expect(toggle.getByRole('radio', { name: 'System' })).toBeChecked()
    await expect(html(page)).toHaveAttribute('data-theme', 'dark')
    // "System" follows a change of the system setting while the page is open.
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(html(page)).toHaveAttribute('data-theme', 'light')

    await toggle.getByRole('radio', { name: 'Dark' }).check()
    await expect(html(page)).toHaveAttribute('data-theme', 'dark')
    await page.reload()
    await expect(themeToggle(page).getByRole('radio', { name: 'Dark' })).toBeChecked()
    await expect(html(page)).toHaveAttribute('data-theme', 'dark')

    await themeToggle(page).getByRole('radio', { name: 'Light' }).check()
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.reload()
    await expect(themeToggle(page).getByRole('radio', { name: 'Light' })).toBeChecked()
    await expect(html(page)).toHaveAttribute('data-theme', 'light')
    await snapshot(page, 'light-devices-with-toggle-1440')

    // Back to the system (dark here); the choice is forgotten rather than stored.
    await themeToggle(page).getByRole('radio', { name: 'System' }).check()
    await expect(html(page)).toHaveAttribute('data-theme', 'dark')
    await page.reload()
    await expect(themeToggle(page).getByRole('radio', { name: 'System' })).toBeChecked()
    await expect(html(page)).toHaveAttribute('data-theme', 'dark')
    expect(await page.evaluate(() => localStorage.getItem('doorman-theme'))).toBeNull()
  })

  test('the toggle is one tab stop and the arrow keys move the choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await openDevices(page)
    await themeToggle(page).getByRole('radio', { name: 'System' }).focus()
    await page.keyboard.press('ArrowLeft')
    await expect(themeToggle(page).getByRole('radio', { name: 'Dark' })).toBeChecked()
    await expect(html(page)).toHaveAttribute('data-theme', 'dark')
    await page.keyboard.press('ArrowLeft')
    await expect(themeToggle(page).getByRole('radio', { name: 'Light' })).toBeChecked()
    await page.setViewportSize({ width: 375, height: 812 })
    await snapshot(page, 'light-devices-with-toggle-375')
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  test('a stored dark choice is on <html> before the body is parsed, so light never flashes', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.addInitScript(() => {
      localStorage.setItem('doorman-theme', 'dark')
      const seen: Record<string, string | null> = {}
      ;(window as unknown as { themeSeen: typeof seen }).themeSeen = seen
      // The moment <body> is created nothing has been painted yet: the theme must be there.
      new MutationObserver((_, observer) => {
        if (!document.body) return
        seen['body'] = document.documentElement.getAttribute('data-theme')
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
      document.addEventListener('DOMContentLoaded', () => {
        seen['domContentLoaded'] = document.documentElement.getAttribute('data-theme')
      })
    })
    await openDevices(page)
    const seen = await page.evaluate(() => (window as unknown as { themeSeen: unknown }).themeSeen)
    expect(seen).toEqual({ body: 'dark', domContentLoaded: 'dark' })
  })
})

type ApiDevice = { device_id: string; display_name: string }

/** Each main page, and what shows once it has its data. */
function mainPages(lock: ApiDevice) {
  const h1 = (page: Page, name: string | RegExp) =>
    expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  const table = (page: Page, name: string) =>
    expect(page.getByRole('table', { name }).locator('tbody tr').first()).toBeVisible()
  return [
    { name: 'devices', path: '/devices', ready: (p: Page) => table(p, 'Devices') },
    {
      name: 'lock',
      path: `/devices/${lock.device_id}`,
      ready: async (p: Page) => {
        await h1(p, lock.display_name)
        await expect(p.getByRole('region', { name: 'Recent events' })).toBeVisible()
      },
    },
    { name: 'access-codes', path: '/access-codes', ready: (p: Page) => table(p, 'Access codes') },
    {
      name: 'create-code',
      path: '/access-codes/new',
      ready: (p: Page) => h1(p, /new access code/i),
    },
    { name: 'triage', path: '/triage', ready: (p: Page) => h1(p, 'Triage') },
    { name: 'events', path: '/events', ready: (p: Page) => h1(p, 'Events') },
    { name: 'properties', path: '/properties', ready: (p: Page) => h1(p, 'Properties') },
    {
      name: 'property',
      path: '/properties/harborview-lofts',
      ready: (p: Page) => h1(p, 'Harborview Lofts'),
    },
    { name: 'audit', path: '/audit', ready: (p: Page) => h1(p, /audit/i) },
    { name: 'users', path: '/users', ready: (p: Page) => h1(p, /users/i) },
  ]
}

for (const width of [1440, 375]) {
  test(`every main page passes axe in the dark theme at ${width} px`, async ({ page, request }) => {
    test.setTimeout(180_000)
    await page.setViewportSize({ width, height: 900 })
    await page.emulateMedia({ colorScheme: 'dark' })
    const [lock] = (await seam<{ devices: ApiDevice[] }>(request, 'devices/list')).devices
    const failures: Record<string, string[]> = {}
    for (const { name, path, ready } of mainPages(lock!)) {
      await page.goto(path)
      await ready(page)
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
      await snapshot(page, `dark-${name}-${width}`)
      const violations = await seriousA11yViolations(page)
      if (violations.length > 0) failures[name] = violations
    }
    // A dialog, over the dark page.
    await openDevices(page)
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog')).toBeVisible()
    await snapshot(page, `dark-dialog-${width}`)
    const dialogViolations = await seriousA11yViolations(page)
    if (dialogViolations.length > 0) failures['dialog'] = dialogViolations
    // A side panel, with its own badges and status lines.
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Demo controls' }).click()
    const drawer = page.getByRole('dialog', { name: 'Sandbox demo controls' })
    await expect(drawer.getByText(/Sandbox time: .*\d/)).toBeVisible()
    await snapshot(page, `dark-demo-controls-${width}`)
    const drawerViolations = await seriousA11yViolations(page)
    if (drawerViolations.length > 0) failures['demo controls'] = drawerViolations
    expect(failures).toEqual({})
  })
}
