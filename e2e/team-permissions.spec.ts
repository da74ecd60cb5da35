import { test, expect } from './support/fixtures'
import { ACCOUNTS, api, axeAt, ensureTeam, nav, shot, signIn } from './support/team'

// What each role may see and do, and how the page says what it may not. Runs in the 'team'
// project (playwright.config.ts), with the accounts `ensureTeam` makes if they are missing.

test.describe.serial('team roles and permissions', () => {
  test.beforeEach(async ({ page, request }) => ensureTeam(page, request))

  test('each role sees what it may use, and a friendly page for what it may not', async ({
    page,
  }) => {
    // Manager: the audit log, not the users page.
    await signIn(page, ACCOUNTS.manager)
    await page.goto('/devices')
    await expect(nav(page).getByRole('link', { name: 'Audit' })).toBeVisible()
    await expect(nav(page).getByRole('link', { name: 'Users' })).toHaveCount(0)
    await page.goto('/users')
    await expect(page.getByText('Your role (manager) cannot manage users')).toBeVisible()
    expect((await api(page, '_doorman/users/list')).status).toBe(403)
    await page.goto('/audit')
    await expect(page.getByRole('table', { name: 'Audit log, newest first' })).toBeVisible()

    // Support and viewer: neither link, and /audit explains instead of failing.
    for (const role of ['support', 'viewer'] as const) {
      await signIn(page, ACCOUNTS[role])
      await page.goto('/devices')
      await expect(nav(page).getByRole('link', { name: 'Devices' })).toBeVisible()
      await expect(nav(page).getByRole('link', { name: 'Audit' })).toHaveCount(0)
      await expect(nav(page).getByRole('link', { name: 'Users' })).toHaveCount(0)
      await page.goto('/audit')
      await expect(page.getByText(`Your role (${role}) cannot read the audit log`)).toBeVisible()
      await expect(page.getByText('Only Admin or Manager accounts can do this')).toBeVisible()
      expect((await api(page, '_doorman/audit/list')).status).toBe(403)
      await page.goto('/users')
      await expect(page.getByText(`Your role (${role}) cannot manage users`)).toBeVisible()
    }
    await shot(page, 'users-viewer-403')
    await page.goto('/audit')
    await axeAt(page, 'audit-viewer-403', () =>
      expect(page.getByText('Your role (viewer) cannot read the audit log')).toBeVisible(),
    )
  })

  test('roles that cannot read the log see no History of changes link', async ({ page }) => {
    await signIn(page, ACCOUNTS.support)
    const { json } = await api<{ devices: { device_id: string }[] }>(page, 'devices/list')
    await page.goto(`/devices/${json.devices[0]!.device_id}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: 'History of changes' })).toHaveCount(0)
  })

  test('a viewer may select and export codes, but bulk delete, pull and PINs say why not', async ({
    page,
  }) => {
    await signIn(page, ACCOUNTS.viewer)
    await page.goto('/access-codes?sort=name&dir=asc')
    const table = page.getByRole('table', { name: 'Access codes' })
    await table.locator('tbody').getByRole('checkbox').first().check()
    const bar = page.getByRole('region', { name: 'Bulk actions' })
    await expect(bar).toContainText('1 selected')
    for (const [button, roles] of [
      ['Delete', /Only Admin or Manager accounts can do this/],
      ['Pull backup codes', /Only .*Support accounts can do this/],
    ] as const) {
      const control = bar.getByRole('button', { name: button })
      await expect(control).toHaveAttribute('aria-disabled', 'true')
      await expect(control).toHaveAccessibleDescription(roles)
    }
    await page.getByRole('button', { name: 'Export CSV', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Export CSV' })
    await expect(dialog.getByRole('checkbox', { name: 'Include PINs' })).toBeDisabled()
    await expect(dialog).toContainText('PINs are left out')
    await axeAt(page, 'export-dialog-viewer', () => expect(dialog).toBeVisible())

    // The server refuses a viewer's PINs whatever the page does.
    const refused = await api(page, '_doorman/export', {
      table: 'access_codes',
      rows: 1,
      pins_for: ['any-code'],
    })
    expect(refused.status).toBe(403)
  })
})
