import { test, expect } from './support/fixtures'
import { ACCOUNTS, api, axeAt, ensureTeam, shot, signIn } from './support/team'

// The audit log: what support and manager accounts did, as an admin finds it in /audit and in
// a code's or lock's history. Runs in the 'team' project (playwright.config.ts), with the
// accounts `ensureTeam` makes if they are missing. The first test counts the support user's
// reveals, so the later test's reveal comes after it (serial, in this order).

test.describe.serial('team audit log', () => {
  test.beforeEach(async ({ page, request }) => ensureTeam(page, request))

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
})
