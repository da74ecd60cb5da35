import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, seriousA11yViolations, snapshot } from './support/fixtures'

// Runs in the 'team' project, on its own dashboard and data dir (playwright.config.ts): the
// accounts made here turn sign-in on for good, which the other specs' server must not see.

const PASSWORD = 'correct horse battery staple'
const ACCOUNTS = {
  admin: 'admin@example.com',
  manager: 'manager@example.com',
  support: 'support@example.com',
  viewer: 'viewer@example.com',
} as const

mkdirSync('/tmp/shots', { recursive: true })
const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: `/tmp/shots/team-${name}.png`, fullPage })

/** A call to the dashboard's API as the page's signed-in user, with the Origin the server requires. */
async function api<T = Record<string, unknown>>(page: Page, route: string, body: unknown = {}) {
  const origin = new URL(page.url()).origin
  const response = await page.request.post(`/api/${route}`, { data: body, headers: { origin } })
  return { status: response.status(), json: (await response.json()) as T }
}

/** Signs in with the login page's own form (labels "Email" and "Password", "Sign in"). */
async function signIn(page: Page, email: string, password = PASSWORD) {
  // Leave the current page first: with its cookie gone, its next read would send it to the
  // sign-in page by itself, racing this one.
  await page.goto('about:blank')
  await page.context().clearCookies()
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

async function axeAt(page: Page, name: string, ready: () => Promise<void>) {
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: 900 })
    await ready()
    expect(await seriousA11yViolations(page), `${name} at ${width} px`).toEqual([])
    // Nothing on the page may stick out sideways, except inside its own scroll region (the
    // tables). Only the page's content is checked: the shared header is not this spec's.
    const sticking = await page.evaluate(() => {
      const width = document.documentElement.clientWidth
      const scrolls = (el: Element | null): boolean =>
        el !== null &&
        (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX) ||
          scrolls(el.parentElement))
      return [...document.querySelectorAll('main, main *')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .filter((el) => !scrolls(el.parentElement))
        .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.slice(0, 40) ?? ''}"`)
        .slice(0, 5)
    })
    expect(sticking, `${name}: content wider than ${width} px`).toEqual([])
    await shot(page, `${name}-${width}`)
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

test.describe.serial('team accounts, roles and the audit log', () => {
  test('local admin: the Users page adds the first account, then sign-in is required', async ({
    page,
    request,
  }) => {
    const info = await request.get('/api/_doorman/info')
    test.skip(info.status() === 401, 'accounts exist already (a retry of this serial group)')

    await page.goto('/users')
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
    // Running as `local` (an admin): both admin pages are in the navigation.
    await expect(nav(page).getByRole('link', { name: 'Audit' })).toBeVisible()
    await expect(nav(page).getByRole('link', { name: 'Users' })).toBeVisible()
    await expect(page.getByText('No accounts yet')).toBeVisible()
    // On a phone the seven links wrap instead of scrolling Audit and Users out of sight.
    await page.setViewportSize({ width: 375, height: 800 })
    await expect(nav(page).getByRole('link', { name: 'Users' })).toBeInViewport({ ratio: 1 })
    await expect(nav(page).getByRole('link', { name: 'Audit' })).toBeInViewport({ ratio: 1 })
    await page.setViewportSize({ width: 1440, height: 900 })
    await axeAt(page, 'users-empty', () =>
      expect(page.getByRole('button', { name: 'Add account' })).toBeVisible(),
    )

    const form = page.getByRole('form', { name: 'Add an account' })
    // The first account is suggested as an admin.
    await expect(form.getByLabel('Role')).toHaveValue('admin')
    // The request schema is the form's: a short password is refused before anything is sent.
    await form.getByLabel('Email').fill(ACCOUNTS.admin)
    await form.getByLabel('Password').fill('too short')
    await form.getByRole('button', { name: 'Add account' }).click()
    await expect(form.getByLabel('Password')).toHaveAccessibleDescription(
      /A password needs at least 12 characters/,
    )
    await form.getByLabel('Password').fill(PASSWORD)
    await form.getByRole('button', { name: 'Add account' }).click()
    await expect(page.getByRole('heading', { name: /sign-in is now on/ })).toBeVisible()
    await shot(page, 'users-first-account')

    // From now on everyone signs in, the local admin included.
    const after = await request.post('/api/_doorman/users/list', { data: {} })
    expect(after.status()).toBe(401)
    await page.getByRole('link', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/login\?next=%2Fusers/)
  })

  test('the login page passes axe at 1440 and 375 px', async ({ page }) => {
    await page.context().clearCookies()
    await page.goto('/users')
    await expect(page).toHaveURL(/\/login/)
    await axeAt(page, 'login', () =>
      expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible(),
    )
    // It follows the system's dark setting too (it runs no script to read the stored choice).
    await page.emulateMedia({ colorScheme: 'dark' })
    await axeAt(page, 'login (dark)', () =>
      expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible(),
    )
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(2, 6, 24)',
    )
    await snapshot(page, 'dark-login')
  })

  test('an admin adds a manager, a support and a viewer; errors land on their field', async ({
    page,
  }) => {
    await signIn(page, ACCOUNTS.admin)
    await page.goto('/users')
    const form = page.getByRole('form', { name: 'Add an account' })
    const table = page.getByRole('table', { name: 'Accounts' })
    await expect(table.getByRole('rowheader', { name: /admin@example\.com/ })).toBeVisible()

    for (const role of ['manager', 'support', 'viewer'] as const) {
      const email = ACCOUNTS[role]
      if (await table.getByRole('rowheader', { name: email }).count()) continue
      await form.getByLabel('Email').fill(email)
      await form.getByLabel('Role').selectOption(role)
      await form.getByLabel('Password').fill(PASSWORD)
      await form.getByRole('button', { name: 'Add account' }).click()
      await expect(form.getByRole('status')).toHaveText(
        `Added ${email} as ${role[0]!.toUpperCase()}${role.slice(1)}. They can sign in now.`,
      )
      await expect(table.getByRole('combobox', { name: `Role for ${email}` })).toHaveValue(role)
    }

    // The server's refusal (email taken) is shown on the Email field, what was typed kept.
    await form.getByLabel('Email').fill(ACCOUNTS.viewer)
    await form.getByLabel('Password').fill(PASSWORD)
    await form.getByRole('button', { name: 'Add account' }).click()
    await expect(form.getByLabel('Email')).toHaveAccessibleDescription(
      `There is already an account for ${ACCOUNTS.viewer}`,
    )
    await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByLabel('Email')).toHaveValue(ACCOUNTS.viewer)

    // Every row's controls name their account; the admin's own row cannot lock them out.
    await expect(table.getByRole('combobox', { name: `Role for ${ACCOUNTS.admin}` })).toBeDisabled()
    await expect(table.getByRole('button', { name: `Disable ${ACCOUNTS.admin}` })).toBeDisabled()

    // Disable and enable again; the badge says so in words.
    const viewerRow = table.getByRole('row', { name: new RegExp(ACCOUNTS.viewer) })
    await table.getByRole('button', { name: `Disable ${ACCOUNTS.viewer}` }).click()
    await expect(viewerRow.getByText('Disabled', { exact: true })).toBeVisible()
    await table.getByRole('button', { name: `Enable ${ACCOUNTS.viewer}` }).click()
    await expect(viewerRow.getByText('Active', { exact: true })).toBeVisible()

    // Role change: support → viewer → support.
    const supportRole = table.getByRole('combobox', { name: `Role for ${ACCOUNTS.support}` })
    await supportRole.selectOption('viewer')
    await expect(page.getByText(`${ACCOUNTS.support} is now Viewer.`)).toBeVisible()
    await supportRole.selectOption('support')
    await expect(page.getByText(`${ACCOUNTS.support} is now Support.`)).toBeVisible()

    // Reset a password in a dialog: too short is refused on the field, then a good one works.
    await table.getByRole('button', { name: `Reset password for ${ACCOUNTS.viewer}` }).click()
    const dialog = page.getByRole('dialog', { name: `Reset the password of ${ACCOUNTS.viewer}` })
    await dialog.getByLabel('New password').fill('short')
    await dialog.getByRole('button', { name: 'Set new password' }).click()
    await expect(dialog.getByLabel('New password')).toHaveAccessibleDescription(
      /A password needs at least 12 characters/,
    )
    await shot(page, 'users-reset-dialog', false)
    await dialog.getByLabel('New password').fill(PASSWORD)
    await dialog.getByRole('button', { name: 'Set new password' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText(`The password of ${ACCOUNTS.viewer} is reset.`)).toBeVisible()

    await axeAt(page, 'users', () => expect(table).toBeVisible())
  })

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

  test("an admin finds a support user's reveal and a manager's change in /audit", async ({
    page,
  }) => {
    // Support reveals a PIN; the server records it before answering.
    await signIn(page, ACCOUNTS.support)
    const { json: devices } = await api<{ devices: { device_id: string; display_name: string }[] }>(
      page,
      'devices/list',
    )
    let code: { access_code_id: string; name: string; device_id: string } | undefined
    for (const d of devices.devices) {
      const { json } = await api<{
        access_codes: { access_code_id: string; name: string; device_id: string }[]
      }>(page, 'access_codes/list', { device_id: d.device_id })
      code = json.access_codes.find((c) => c.name)
      if (code) break
    }
    expect(code, 'a named access code in the sandbox').toBeDefined()
    expect(
      (await api(page, '_doorman/reveal_code', { access_code_id: code!.access_code_id })).status,
    ).toBe(200)
    // A support user may not edit codes: refused, and recorded as forbidden.
    const refused = await api(page, 'access_codes/update', {
      access_code_id: code!.access_code_id,
      name: 'Support tried this',
    })
    expect(refused.status).toBe(403)

    // A manager renames the code.
    await signIn(page, ACCOUNTS.manager)
    const renamed = `${code!.name} (renamed)`
    expect(
      (
        await api(page, 'access_codes/update', {
          access_code_id: code!.access_code_id,
          name: renamed,
        })
      ).status,
    ).toBe(200)

    // The admin filters the log by actor.
    await signIn(page, ACCOUNTS.admin)
    await page.goto('/audit')
    const filters = page.getByRole('search', { name: 'Filter the audit log' })
    const table = page.getByRole('table', { name: 'Audit log, newest first' })
    const rows = table.locator('tbody tr:not([aria-hidden])')
    await expect(rows.first()).toBeVisible()
    await filters.getByLabel('Who').fill(ACCOUNTS.support)
    await filters.getByLabel('Who').press('Enter')
    await expect(page).toHaveURL(/actor=support%40example\.com/)
    await expect(rows.filter({ hasText: 'PIN revealed' })).toHaveCount(1)
    const revealRow = rows.filter({ hasText: 'PIN revealed' })
    await expect(revealRow).toContainText(code!.name)
    // The server records only the lock's id for a reveal; the page names it from the workspace.
    const lock = devices.devices.find((d) => d.device_id === code!.device_id)!
    await expect(revealRow).toContainText(lock.display_name)
    await expect(revealRow.getByText('OK', { exact: true })).toBeVisible()
    await expect(rows.filter({ hasText: 'Code changed' }).getByText('Forbidden')).toBeVisible()
    // Every row is the support user's (sign-ins included), newest first.
    const count = await rows.count()
    for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText(ACCOUNTS.support)
    const times = await rows
      .locator('time')
      .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime')!)))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    // The request id is copyable.
    await expect(revealRow.getByRole('button', { name: /^Copy request ID / })).toBeVisible()

    // Filters survive a reload; the action filter narrows further.
    await page.reload()
    await expect(filters.getByLabel('Who')).toHaveValue(ACCOUNTS.support)
    await filters.getByLabel('Action').selectOption('access_code.reveal')
    await expect(page).toHaveURL(/action=access_code\.reveal/)
    await expect(rows).toHaveCount(1)

    // The code's own history, from its edit page: the manager's rename, before → after.
    await page.goto(`/access-codes/${code!.access_code_id}/edit`)
    await page.getByRole('link', { name: 'History of changes' }).click()
    await expect(page).toHaveURL(new RegExp(`access_code_id=${code!.access_code_id}`))
    await expect(filters.getByLabel('Who')).toHaveValue('')
    const change = rows.filter({ hasText: ACCOUNTS.manager })
    await expect(change).toHaveCount(1)
    await expect(change).toContainText('Code changed')
    await expect(change.getByRole('deletion')).toHaveText(code!.name)
    await expect(change.getByRole('insertion')).toHaveText(renamed)
    await shot(page, 'audit-code-history')

    // And the lock's, from its page.
    await page.goto(`/devices/${code!.device_id}`)
    await page.getByRole('link', { name: 'History of changes' }).click()
    await expect(page).toHaveURL(new RegExp(`device_id=${code!.device_id}`))
    await expect(rows.filter({ hasText: ACCOUNTS.manager }).first()).toBeVisible()

    await page.goto('/audit')
    await axeAt(page, 'audit', () => expect(rows.first()).toBeVisible())
  })

  test('roles that cannot read the log see no History of changes link', async ({ page }) => {
    await signIn(page, ACCOUNTS.support)
    const { json } = await api<{ devices: { device_id: string }[] }>(page, 'devices/list')
    await page.goto(`/devices/${json.devices[0]!.device_id}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: 'History of changes' })).toHaveCount(0)
  })

  test('with the mouse, a support user reveals a PIN and pulls a backup; a viewer cannot; the admin finds both', async ({
    page,
  }) => {
    type Device = {
      device_id: string
      display_name: string
      properties: { online: boolean; supports_backup_access_code_pool?: boolean }
    }
    // A manager gives a guest a stay with a backup pool, on a lock that has one.
    await signIn(page, ACCOUNTS.manager)
    const { json: list } = await api<{ devices: Device[] }>(page, 'devices/list')
    const lock = list.devices.find(
      (d) => d.properties.online && d.properties.supports_backup_access_code_pool,
    )!
    const { json: clock } = await api<{ now: string }>(page, '_sandbox/clock/get')
    const now = Date.parse(clock.now)
    const name = 'Guest with a backup (support test)'
    const created = await api<{ access_code: { access_code_id: string; code: string } }>(
      page,
      'access_codes/create',
      {
        device_id: lock.device_id,
        name,
        starts_at: new Date(now - 3_600_000).toISOString(),
        ends_at: new Date(now + 3 * 86_400_000).toISOString(),
        use_backup_access_code_pool: true,
      },
    )
    expect(created.status).toBe(200)
    const pin = created.json.access_code.code

    // A viewer sees the row, but its PIN buttons say why they do nothing.
    await signIn(page, ACCOUNTS.viewer)
    await page.goto(`/access-codes?device=${lock.device_id}&q=${encodeURIComponent(name)}`)
    const viewerShow = page.getByRole('button', { name: `Show code for ${name}` })
    await expect(viewerShow).toHaveAttribute('aria-disabled', 'true')
    await expect(viewerShow).toHaveAccessibleDescription(/Only .*Support accounts can do this/)
    // Playwright waits for aria-disabled controls to enable; a person just clicks.
    await viewerShow.click({ force: true })
    await expect(page.getByText(pin, { exact: true })).toHaveCount(0)

    // Support, on a freshly loaded page, with the mouse.
    await signIn(page, ACCOUNTS.support)
    await page.goto(`/access-codes?device=${lock.device_id}&q=${encodeURIComponent(name)}`)
    const row = page.getByRole('row').filter({ hasText: name })
    await expect(row).toBeVisible()
    await expect(row.getByText(pin, { exact: true })).toHaveCount(0) // masked until asked
    await row.getByRole('button', { name: `Show code for ${name}` }).click()
    await expect(row.getByText(pin, { exact: true })).toBeVisible()
    await row.getByRole('button', { name: `Pull backup code for ${name}` }).click()
    const dialog = page.getByRole('dialog', { name: 'Backup code' })
    await expect(dialog.getByTestId('backup-code')).toHaveText(/^\d{4,9}$/)
    await dialog.getByRole('button', { name: 'Done' }).click()

    // The admin finds both, with the support user's email.
    await signIn(page, ACCOUNTS.admin)
    await page.goto(`/audit?actor=${encodeURIComponent(ACCOUNTS.support)}`)
    const rows = page
      .getByRole('table', { name: 'Audit log, newest first' })
      .locator('tbody tr:not([aria-hidden])')
    const mine = rows.filter({ hasText: name })
    await expect(mine.filter({ hasText: 'PIN revealed' })).toHaveCount(1)
    await expect(mine.filter({ hasText: 'Backup code pulled' })).toHaveCount(1)
    await expect(mine.first()).toContainText(ACCOUNTS.support)
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

  test('when the session ends, the next page of data leads back to sign-in, and then to the page', async ({
    page,
  }) => {
    await signIn(page, ACCOUNTS.viewer)
    await page.goto('/devices')
    await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible()
    // The session ends (idle, 12 h, or revoked) while the page is open.
    await page.context().clearCookies()
    // The next read finds the session gone: the Triage page's, or a background refresh (the
    // poller) that may get there first, in which case the link is already gone with the page.
    await nav(page)
      .getByRole('link', { name: 'Triage' })
      .click({ timeout: 5_000 })
      .catch(() => {})
    await expect(page).toHaveURL(/\/login\?next=%2F(triage|devices)/)
    const next = new URL(page.url()).searchParams.get('next')!
    await page.getByLabel('Email').fill(ACCOUNTS.viewer)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(new URL(next, page.url()).toString())
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })
})
