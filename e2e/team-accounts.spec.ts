import { test, expect, snapshot } from './support/fixtures'
import {
  ACCOUNTS,
  PASSWORD,
  axeAt,
  ensureAdmin,
  ensureTeam,
  nav,
  noAccountsYet,
  shot,
  signIn,
} from './support/team'

// Accounts and sign-in: the first account turns sign-in on, an admin adds and manages the
// others on the Users page, and an ended session leads back through sign-in. Runs in the 'team'
// project (playwright.config.ts); the first test runs only while the server has no accounts
// (this file comes first by name, so on a whole run it does).

test.describe.serial('team accounts and sign-in', () => {
  test('local admin: the Users page adds the first account, then sign-in is required', async ({
    page,
    request,
  }) => {
    test.skip(
      !(await noAccountsYet(request)),
      'accounts exist already (a retry of this serial group, or another team file ran first)',
    )

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

  test('the login page passes axe at 1440 and 375 px', async ({ page, request }) => {
    await ensureAdmin(request)
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
    request,
  }) => {
    await ensureAdmin(request)
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

  test('when the session ends, the next page of data leads back to sign-in, and then to the page', async ({
    page,
    request,
  }) => {
    await ensureTeam(page, request)
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
