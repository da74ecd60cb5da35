import type { Page } from '@playwright/test'
import { test, expect, seriousA11yViolations, snapshot } from './support/fixtures'

/** A page is ready for keys once its heading is up (the shell and its listener are mounted). */
async function openPage(page: Page, path: string) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

async function press(page: Page, keys: string) {
  for (const key of keys.split(' ')) await page.keyboard.press(key)
}

const ALL_SHORTCUTS = [
  'Focus the search box/',
  'Go to devicesgthend',
  'Go to access codesgthenc',
  'Go to propertiesgthenp',
  'Go to triagegthent',
  'Go to eventsgthene',
  'New access coden',
  'Show keyboard shortcuts?',
]

test.describe('keyboard shortcuts', () => {
  test('g d, g c, g p, g t, g e go to each page', async ({ page }) => {
    await openPage(page, '/devices')
    for (const [keys, path, heading] of [
      ['g c', '/access-codes', 'Access codes'],
      ['g p', '/properties', 'Properties'],
      ['g t', '/triage', 'Triage'],
      ['g e', '/events', 'Events'],
      ['g d', '/devices', 'Devices'],
    ] as const) {
      await press(page, keys)
      // A page may add its default view to the query string (e.g. /triage?sort=count).
      await expect(page).toHaveURL(new RegExp(`${path}(\\?.*)?$`))
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    }
  })

  test('/ focuses the search of a freshly loaded page, and nothing fires while typing in it', async ({
    page,
  }) => {
    await openPage(page, '/access-codes')
    const search = page.getByRole('searchbox', { name: 'Search access codes' })
    await expect(search).not.toBeFocused()
    await press(page, '/')
    await expect(search).toBeFocused()
    // The `/` only moved the focus; it was not typed.
    await expect(search).toHaveValue('')

    await press(page, 'g d n ?')
    await expect(search).toHaveValue('gdn?')
    await expect(page).toHaveURL(/\/access-codes(\?.*)?$/)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1, name: 'Access codes' })).toBeVisible()
  })

  test('/ does nothing on a page without a search box', async ({ page }) => {
    await openPage(page, '/events')
    await press(page, '/')
    await expect(page.getByRole('searchbox')).toHaveCount(0)
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
  })

  test('n starts a new access code from the devices and the access-codes pages', async ({
    page,
  }) => {
    await openPage(page, '/devices')
    await press(page, 'n')
    await expect(page).toHaveURL(/\/access-codes\/new(\?.*)?$/)
    await expect(page.getByRole('heading', { level: 1, name: 'New access code' })).toBeVisible()

    await openPage(page, '/access-codes')
    await press(page, 'n')
    await expect(page).toHaveURL(/\/access-codes\/new\?from=codes$/)
  })

  test('? lists every shortcut; none fire while it is open; axe at 375 and 1440 px', async ({
    page,
  }) => {
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 800 })
      await openPage(page, '/devices')
      await press(page, '?')
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
      await expect(dialog).toBeVisible()
      const items = dialog.getByRole('list', { name: 'Shortcuts' }).getByRole('listitem')
      await expect(items).toHaveText(ALL_SHORTCUTS)

      // The dialog holds the keyboard: no navigation, no second shortcut.
      await press(page, 'g c')
      await press(page, 'n')
      await press(page, '/')
      await expect(page).toHaveURL(/\/devices$/)
      await expect(dialog).toBeVisible()

      expect(await seriousA11yViolations(page)).toEqual([])
      await snapshot(page, `shortcuts-dialog-${width}`)

      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      // Closed again, the shortcuts are back.
      await press(page, 'g c')
      await expect(page).toHaveURL(/\/access-codes$/)
    }
  })

  test('tooltips show the shortcuts; accessible names stay the same', async ({ page }) => {
    await openPage(page, '/access-codes')
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const [name, keys] of [
      ['Devices', 'g d'],
      ['Access codes', 'g c'],
      ['Properties', 'g p'],
      ['Triage', 'g t'],
      ['Events', 'g e'],
    ] as const) {
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute(
        'title',
        `${name} (${keys})`,
      )
    }
    await expect(page.getByRole('link', { name: 'New access code' })).toHaveAttribute(
      'title',
      'New access code (n)',
    )
    await expect(page.getByRole('searchbox', { name: 'Search access codes' })).toHaveAttribute(
      'aria-keyshortcuts',
      '/',
    )
  })
})
