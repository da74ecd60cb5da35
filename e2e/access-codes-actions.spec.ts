import {
  test,
  expect,
  revealPin,
  sandbox,
  seam,
  seriousA11yViolations,
  snapshot,
} from './support/fixtures'
import { sandboxNow } from './support/seam-data'
import {
  type ApiDevice,
  type ApiCode,
  MINUTE,
  listDevices,
  onlineLock,
  openCodesNamed,
  codesOn,
  createCode,
  onlineLockWithBackupPool,
  table,
  rowNamed,
  statusIn,
} from './support/access-codes'

/**
 * A code's actions menu (mouse and keyboard), delete, and pulling a backup code.
 */

test.describe('access codes: actions', () => {
  test('delete asks by name, shows removing, then the row disappears', async ({
    page,
    request,
  }) => {
    const lock = await onlineLock(request)
    await createCode(request, { device_id: lock.device_id, name: 'E2E checkout' })
    await sandbox(request, 'clock/advance', { ms: 30_000 })

    await page.goto('/access-codes?q=E2E%20checkout')
    await expect(statusIn(page, 'E2E checkout')).toHaveText('Set')
    const menuButton = page.getByRole('button', { name: 'Actions for E2E checkout' })
    await menuButton.click()
    const menu = page.getByRole('menu')
    await expect(menu.getByRole('menuitem')).toHaveCount(3)
    await menu.getByRole('menuitem', { name: 'Delete' }).click()

    const dialog = page.getByRole('dialog', { name: 'Delete “E2E checkout”?' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText(lock.display_name)
    expect(await seriousA11yViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Delete code' }).click()
    await expect(dialog).toBeHidden()
    await expect(statusIn(page, 'E2E checkout')).toHaveText('Removing')

    await sandbox(request, 'clock/advance', { ms: 30_000 })
    await expect(rowNamed(page, 'E2E checkout')).toHaveCount(0, { timeout: 20_000 })
    await expect(table(page)).toContainText('No codes match these filters.')
  })

  test('the actions menu works from the keyboard', async ({ page, request }) => {
    await openCodesNamed(page, request, await onlineLock(request), ['E2E keyboard'], 'E2E keyboard')
    const button = page.getByRole('button', { name: 'Actions for E2E keyboard' })
    await button.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('menuitem', { name: /Pull backup code/ })).toBeFocused()
    await page.keyboard.press('End')
    await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('menu')).toBeHidden()
    await expect(button).toBeFocused()
    await button.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/access-codes\/[^/]+\/edit/)
  })

  test('on a freshly loaded lock page one click opens the menu, and it stays with its code as rows settle', async ({
    page,
    request,
  }) => {
    // A seeded "Dog walker" code with a code listed above it, on an online lock.
    let target: { lock: ApiDevice; above: ApiCode } | undefined
    for (const lock of (await listDevices(request)).filter((d) => d.properties.online)) {
      const codes = await codesOn(request, lock.device_id)
      const at = codes.findIndex((c) => c.name === 'Dog walker')
      if (at > 0 && codes[at - 1]!.name) {
        target = { lock, above: codes[at - 1]! }
        break
      }
    }
    expect(target, 'the default seed has "Dog walker" below another code').toBeDefined()
    const { lock, above } = target!
    // As on any fresh page, rows above are still settling: the code above is being removed.
    await seam(request, 'access_codes/delete', { access_code_id: above.access_code_id })

    await page.goto(`/devices/${lock.device_id}`)
    const lockTable = page.getByRole('table', { name: `Access codes on ${lock.display_name}` })
    const button = lockTable.getByRole('button', { name: 'Actions for Dog walker' })
    const menu = page.getByRole('menu', { name: 'Actions for Dog walker' })
    const aboveRow = lockTable.locator('tbody tr[aria-rowindex]').filter({ hasText: above.name! })
    await expect(aboveRow.locator('[data-status]:visible')).toHaveText('Removing')

    // One mouse click, no keyboard used before.
    await button.click()
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeFocused()

    // The lock confirms the removal: the row above goes and every row below moves up one.
    await sandbox(request, 'clock/advance', { ms: 2 * MINUTE })
    await expect(aboveRow).toHaveCount(0, { timeout: 20_000 })
    // The open menu is still Dog walker's (not the code that took its place), and only its.
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await expect(menu).toBeVisible()
    await expect(page.getByRole('menu')).toHaveCount(1)
    await expect(lockTable.locator('button[aria-expanded="true"]')).toHaveCount(1)
    await expect(menu.getByRole('menuitem', { name: 'Delete' })).toBeVisible()

    // Escape returns focus to the button; Enter then opens the menu again (not closes it).
    await page.keyboard.press('Escape')
    await expect(menu).toBeHidden()
    await expect(button).toBeFocused()
    await expect(button).toHaveAttribute('aria-expanded', 'false')
    await page.keyboard.press('Enter')
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeFocused()
  })

  test('one click pulls a backup code; the original then shows it was pulled', async ({
    page,
    request,
  }) => {
    const lock = await onlineLockWithBackupPool(request)
    const now = await sandboxNow(request)
    const original = await createCode(request, {
      device_id: lock.device_id,
      name: 'E2E stay with backup',
      starts_at: new Date(now - 60 * MINUTE).toISOString(),
      ends_at: new Date(now + 3 * 24 * 60 * MINUTE).toISOString(),
      use_backup_access_code_pool: true,
    })

    await page.goto(`/access-codes?device=${lock.device_id}&q=E2E%20stay`)
    await page.getByRole('button', { name: 'Pull backup code for E2E stay with backup' }).click()
    const dialog = page.getByRole('dialog', { name: 'Backup code' })
    const shown = dialog.getByTestId('backup-code')
    await expect(shown).toHaveText(/^\d{4,9}$/)
    await expect(dialog).toContainText(/Valid from .+ to .+\(lock time\)/)
    await expect(dialog.getByRole('button', { name: 'Copy backup code' })).toBeVisible()

    const after = (await codesOn(request, lock.device_id)).find(
      (c) => c.access_code_id === original.access_code_id,
    )!
    expect(after.pulled_backup_access_code_id).toBeTruthy()
    const backup = (await codesOn(request, lock.device_id)).find(
      (c) => c.access_code_id === after.pulled_backup_access_code_id,
    )!
    // The list withholds the backup's PIN; an audited reveal confirms the dialog showed it.
    expect((backup as unknown as { code: string | null }).code).toBeNull()
    expect(await shown.textContent()).toBe(await revealPin(request, backup.access_code_id))
    expect(await seriousA11yViolations(page)).toEqual([])
    await snapshot(page, 'access-codes-backup-dialog-1440')

    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect(rowNamed(page, 'E2E stay with backup')).toContainText('Backup pulled')
    // The menu now says why it cannot be pulled again.
    await page.getByRole('button', { name: 'Actions for E2E stay with backup' }).click()
    const item = page.getByRole('menuitem', { name: /Pull backup code/ })
    await expect(item).toHaveAttribute('aria-disabled', 'true')
    await expect(item).toContainText('A backup code was already pulled')
  })

  test('codes that cannot have a backup say why', async ({ page, request }) => {
    const devices = await listDevices(request)
    const poolLock = await onlineLockWithBackupPool(request)
    const noPoolLock = devices.find(
      (d) => d.properties.online && d.properties.supports_backup_access_code_pool === false,
    )!
    const now = await sandboxNow(request)
    const window = {
      starts_at: new Date(now + 60 * MINUTE).toISOString(),
      ends_at: new Date(now + 2 * 24 * 60 * MINUTE).toISOString(),
    }
    await createCode(request, { device_id: poolLock.device_id, name: 'E2E reason ongoing' })
    await createCode(request, {
      device_id: noPoolLock.device_id,
      name: 'E2E reason nopool',
      ...window,
    })
    await createCode(request, {
      device_id: poolLock.device_id,
      name: 'E2E reason notpool',
      ...window,
    })

    await page.goto('/access-codes?q=E2E%20reason')
    for (const [name, reason] of [
      ['E2E reason ongoing', 'Backup codes exist only for time-bound codes'],
      ['E2E reason nopool', 'This lock has no backup pool'],
      ['E2E reason notpool', 'This code was not created with the backup pool'],
    ] as const) {
      await expect(rowNamed(page, name)).toContainText('Not eligible')
      await page.getByRole('button', { name: `Actions for ${name}` }).click()
      const item = page.getByRole('menuitem', { name: /Pull backup code/ })
      await expect(item).toHaveAttribute('aria-disabled', 'true')
      await expect(item).toContainText(reason)
      await item.click({ force: true }) // does nothing
      await expect(page.getByRole('dialog')).toHaveCount(0)
      await page.keyboard.press('Escape')
    }
  })
})
