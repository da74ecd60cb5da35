import type { APIRequestContext, Page, Request } from '@playwright/test'
import {
  test,
  expect,
  revealPin,
  sandbox,
  seam,
  seriousA11yViolations,
  snapshot,
} from './support/fixtures'
import { sandboxNow, seamData } from './support/seam-data'

type ApiDevice = {
  device_id: string
  display_name: string
  properties: {
    online: boolean
    manufacturer?: string
    supports_backup_access_code_pool?: boolean
  }
}
type ApiCode = {
  access_code_id: string
  device_id: string
  name: string | null
  status: string
  type: string
  pulled_backup_access_code_id?: string | null
}

const MINUTE = 60_000

const { listDevices, codesOn, createCode } = seamData<ApiDevice, ApiCode>()

/** The first online lock that can pull backup codes. */
const onlineLockWithBackupPool = async (request: APIRequestContext) =>
  (await listDevices(request)).find(
    (d) => d.properties.online && d.properties.supports_backup_access_code_pool,
  )!

/**
 * Takes the first online lock offline and creates `name` on it: an offline lock cannot take the
 * code, so it stays `setting` (while the page loads, or until the test brings the lock back).
 */
async function codeKeptSetting(request: APIRequestContext, name: string) {
  const lock = (await listDevices(request)).find((d) => d.properties.online)!
  await sandbox(request, 'devices/set_online', { device_id: lock.device_id, online: false })
  return { lock, code: await createCode(request, { device_id: lock.device_id, name }) }
}

/** Brings every lock online and moves time on until no code in the workspace is in transition. */
async function settleWorkspace(request: APIRequestContext): Promise<ApiDevice[]> {
  const devices = await listDevices(request)
  for (const d of devices.filter((x) => !x.properties.online))
    await sandbox(request, 'devices/set_online', { device_id: d.device_id, online: true })
  await sandbox(request, 'clock/advance', { ms: 11 * MINUTE })
  for (const d of devices) {
    const busy = (await codesOn(request, d.device_id)).filter((c) =>
      ['setting', 'removing'].includes(c.status),
    )
    expect(busy, `codes still in transition on ${d.display_name}`).toEqual([])
  }
  return listDevices(request)
}

/** Records every batched poll: `access_codes/list` with `access_code_ids` in the body. */
function recordPolls(page: Page) {
  const polls: { at: number; ids: string[] }[] = []
  const onRequest = (req: Request) => {
    if (!req.url().endsWith('/api/access_codes/list') || req.method() !== 'POST') return
    const body = req.postDataJSON() as { access_code_ids?: string[] } | null
    if (body?.access_code_ids) polls.push({ at: Date.now(), ids: [...body.access_code_ids].sort() })
  }
  page.on('request', onRequest)
  return { polls, stop: () => page.off('request', onRequest) }
}

const table = (page: Page) => page.getByRole('table', { name: 'Access codes' })

/** `ACCESS_CODE_ROW_HEIGHT` in src/features/access-codes/components/access-codes-table.tsx. */
const ACCESS_CODE_ROW_HEIGHT = 64

/** Scrolls the table from top to bottom and returns every distinct rendered data-row height. */
async function renderedRowHeights(page: Page): Promise<number[]> {
  return page.getByRole('region', { name: 'Access codes' }).evaluate(async (region) => {
    const heights = new Set<number>()
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    for (let top = 0; ; top += region.clientHeight) {
      region.scrollTop = top
      await frame()
      await frame()
      for (const row of region.querySelectorAll('tbody tr[aria-rowindex]'))
        heights.add(Math.round(row.getBoundingClientRect().height * 2) / 2)
      if (top >= region.scrollHeight) break
    }
    region.scrollTop = 0
    return [...heights].sort((a, b) => a - b)
  })
}
const rowNamed = (page: Page, name: string) =>
  table(page).locator('tbody tr[aria-rowindex]').filter({ hasText: name })
const statusIn = (page: Page, name: string) => rowNamed(page, name).locator('[data-status]:visible')

test.describe('access codes', () => {
  test('the access codes page shows every code on every lock @smoke', async ({
    page,
    request,
  }, testInfo) => {
    // On the sandbox, let seeded codes finish settling so none disappears while counting.
    const devices =
      testInfo.project.name === 'chromium'
        ? await settleWorkspace(request)
        : await listDevices(request)
    // Each lock's own codes (Seam's fake lists every lock's codes for each lock).
    let total = 0
    for (const d of devices)
      total += (await codesOn(request, d.device_id)).filter(
        (c) => c.device_id === d.device_id,
      ).length
    await page.goto('/access-codes')
    await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
      `Showing ${total} of ${total} codes`,
    )
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  test('a code created through the API shows as setting, then set without a reload', async ({
    page,
    request,
  }) => {
    const { lock, code } = await codeKeptSetting(request, 'E2E arrival')
    expect(code.status).toBe('setting')

    await page.goto('/access-codes?q=E2E%20arrival')
    await expect(statusIn(page, 'E2E arrival')).toHaveText('Setting')
    await expect(statusIn(page, 'E2E arrival')).toHaveAttribute('data-status', 'setting')
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1))

    await sandbox(request, 'devices/set_online', { device_id: lock.device_id, online: true })
    await sandbox(request, 'clock/advance', { ms: 30_000 })
    await expect(statusIn(page, 'E2E arrival')).toHaveText('Set', { timeout: 20_000 })
    // Same document: the page was updated in place, not reloaded.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1)
    await expect(page.getByText(/Updated \d+ s ago/)).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  test('one batched access_codes/list per tick with 1, 10 and 50 codes in transition, none once settled', async ({
    page,
    request,
  }) => {
    test.setTimeout(150_000)
    const devices = await settleWorkspace(request)
    // An offline lock keeps new codes in `setting` for as long as the test needs.
    const lock = devices.find((d) => d.properties.manufacturer === 'august')!
    await sandbox(request, 'devices/set_online', { device_id: lock.device_id, online: false })

    const created: string[] = []
    for (const total of [1, 10, 50]) {
      while (created.length < total) {
        const c = await createCode(request, {
          device_id: lock.device_id,
          name: `E2E batch ${created.length + 1}`,
        })
        created.push(c.access_code_id)
      }
      const recorder = recordPolls(page)
      await page.goto('/access-codes')
      await expect(page.getByText(`Live: watching ${total} changing code`)).toBeVisible()
      // Wait for three ticks (2 s, then backing off to 3 s and 4.5 s while nothing changes).
      await expect.poll(() => recorder.polls.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3)
      recorder.stop()
      const expected = [...created].sort()
      for (const poll of recorder.polls) expect(poll.ids).toEqual(expected)
      // One request per tick: never two polls in the same tick.
      for (let i = 1; i < recorder.polls.length; i++)
        expect(recorder.polls[i]!.at - recorder.polls[i - 1]!.at).toBeGreaterThan(1_500)
    }

    // The lock comes back and programs every code; then polling stops.
    await page.goto('/access-codes?status=setting')
    await expect(page.getByRole('status').filter({ hasText: /^Showing 50 of/ })).toBeVisible()
    await sandbox(request, 'devices/set_online', { device_id: lock.device_id, online: true })
    await sandbox(request, 'clock/advance', { ms: 30_000 })
    await expect(page.getByRole('status').filter({ hasText: /^Showing 0 of/ })).toBeVisible({
      timeout: 30_000,
    })
    await expect(page.getByText('All codes settled')).toBeVisible()
    const quiet = recordPolls(page)
    await page.waitForTimeout(8_000) // longer than the slowest backed-off tick would be, at this point
    quiet.stop()
    expect(quiet.polls).toEqual([])
  })

  test('delete asks by name, shows removing, then the row disappears', async ({
    page,
    request,
  }) => {
    const devices = await listDevices(request)
    const lock = devices.find((d) => d.properties.online)!
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
    const devices = await listDevices(request)
    const lock = devices.find((d) => d.properties.online)!
    await createCode(request, { device_id: lock.device_id, name: 'E2E keyboard' })
    await page.goto('/access-codes?q=E2E%20keyboard')
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

  test('a server fault during polling shows a non-blocking warning and polling resumes', async ({
    page,
    request,
  }) => {
    const { lock } = await codeKeptSetting(request, 'E2E fault watch')

    const recorder = recordPolls(page)
    await page.goto('/access-codes?q=E2E%20fault')
    await expect(statusIn(page, 'E2E fault watch')).toHaveText('Setting')
    // Every lock's list has arrived, so the next access_codes/list request is a poll.
    await expect(page.getByText(/Loading codes from/)).toHaveCount(0)
    await expect.poll(() => recorder.polls.length, { timeout: 10_000 }).toBeGreaterThan(0)

    await sandbox(request, 'faults/inject', {
      status: 500,
      count: 3,
      path_prefix: '/access_codes/list',
    })
    const banner = page.getByRole('status').filter({ hasText: 'Live updates paused — retrying' })
    await expect(banner).toBeVisible({ timeout: 20_000 })
    await snapshot(page, 'access-codes-poll-fault-1440')
    await expect(banner).toContainText(/Request ID/)
    // Nothing on screen is lost, and the page still works.
    await expect(statusIn(page, 'E2E fault watch')).toHaveText('Setting')
    await expect(page.getByRole('heading', { level: 1, name: 'Access codes' })).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])

    // The fault is used up: the next tick succeeds and the code goes on updating.
    await expect(banner).toBeHidden({ timeout: 40_000 })
    await sandbox(request, 'devices/set_online', { device_id: lock.device_id, online: true })
    await sandbox(request, 'clock/advance', { ms: 30_000 })
    await expect(statusIn(page, 'E2E fault watch')).toHaveText('Set', { timeout: 30_000 })
    recorder.stop()
  })

  test('a revealed code is never shown in another row while rows are recycled by scrolling', async ({
    page,
  }) => {
    await page.goto('/access-codes?sort=name&dir=asc')
    const count = page.getByRole('status').filter({ hasText: /^Showing/ })
    await expect(count).toHaveText(/^Showing (\d+) of \1 codes$/)
    const rows = table(page).locator('tbody tr[aria-rowindex]')
    const first = rows.first()
    // The name is in the second cell; the first holds the row's selection checkbox.
    const firstName = (await first.locator('td').nth(1).locator('p').first().innerText()).trim()
    await first.getByRole('button', { name: /^Show code for/ }).click()
    await expect(first.getByRole('button', { name: /^Hide code for/ })).toBeVisible()

    // Every 64th row reuses the first row's elements; scroll through all of them.
    const region = page.getByRole('region', { name: 'Access codes' })
    const revealedElsewhere: string[] = []
    for (let step = 1; step <= 12; step++) {
      await region.evaluate((el, s) => (el.scrollTop = (el.scrollHeight * s) / 12), step)
      await page.waitForTimeout(150)
      for (const row of await rows.all()) {
        if ((await row.getByRole('button', { name: /^Hide code for/ }).count()) > 0)
          revealedElsewhere.push(await row.innerText())
      }
    }
    expect(revealedElsewhere).toEqual([])
    await region.evaluate((el) => (el.scrollTop = 0))
    await expect(rows.first()).toContainText(firstName)
  })

  test('filters live in the URL; the workspace table passes axe at 1440 and 375 px', async ({
    page,
  }) => {
    await page.goto('/access-codes')
    const count = page.getByRole('status').filter({ hasText: /^Showing/ })
    await expect(count).toHaveText(/^Showing (\d+) of \1 codes$/)
    await expect(page.getByText(/Loading codes from/)).toHaveCount(0)
    const search = page.getByRole('search', { name: 'Search access codes' })
    await search.locator('summary', { hasText: 'Type' }).click()
    await search.getByRole('checkbox', { name: /^Time-bound/ }).check()
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/type=time_bound/)
    for (const row of await table(page).locator('tbody tr[aria-rowindex]').all())
      await expect(row).toContainText('Time-bound')
    await page.reload()
    await expect(search.locator('summary', { hasText: 'Type' })).toContainText('Time-bound')
    await page.goto('/access-codes')
    await expect(count).toHaveText(/^Showing (\d+) of \1 codes$/)

    // Codes are masked until revealed.
    const firstRow = table(page).locator('tbody tr[aria-rowindex]').first()
    await expect(firstRow).toContainText('••••')
    await firstRow.getByRole('button', { name: /^Show code for/ }).click()
    await expect(firstRow.getByRole('button', { name: /^Hide code for/ })).toBeVisible()
    await expect(firstRow.getByRole('button', { name: /^Copy code for/ })).toBeVisible()

    expect(await seriousA11yViolations(page)).toEqual([])
    await snapshot(page, 'access-codes-workspace-1440')
    // The virtualizer relies on every row being exactly this tall (rows are never measured).
    expect(await renderedRowHeights(page)).toEqual([ACCESS_CODE_ROW_HEIGHT])

    await page.setViewportSize({ width: 375, height: 800 })
    await page.goto('/access-codes')
    await expect(count).toHaveText(/^Showing (\d+) of \1 codes$/)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    await snapshot(page, 'access-codes-workspace-375')
    expect(await renderedRowHeights(page)).toEqual([ACCESS_CODE_ROW_HEIGHT])
  })

  test('locks whose codes fail to load show a retry row each; retrying one brings its codes', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000)
    const devices = await listDevices(request)
    await sandbox(request, 'faults/inject', {
      status: 500,
      count: 1000,
      path_prefix: '/access_codes/list',
    })
    await page.goto('/access-codes')
    const failures = page.getByRole('region', { name: 'Locks whose codes could not be loaded' })
    await expect(failures.getByRole('listitem')).toHaveCount(devices.length, { timeout: 90_000 })
    await expect(failures.getByRole('listitem').first()).toContainText(/Request ID/)
    expect(await seriousA11yViolations(page)).toEqual([])
    await sandbox(request, 'faults/clear')

    const first = failures.getByRole('listitem').first()
    const name = (await first.locator('span.font-medium').textContent())!
    const device = devices.find((d) => d.display_name === name)!
    const expected = (await codesOn(request, device.device_id)).length
    await first.getByRole('button', { name: `Retry loading codes for ${name}` }).click()
    await expect(failures.getByRole('listitem')).toHaveCount(devices.length - 1)
    const count = page.getByRole('status').filter({ hasText: /^Showing/ })
    await expect(count).toHaveText(`Showing ${expected} of ${expected} codes`)
    await expect(table(page).locator('tbody tr[aria-rowindex]').first()).toContainText(name)
  })
  test("a lock's page lists its codes with the same live badges and actions", async ({
    page,
    request,
  }) => {
    const lock = await onlineLockWithBackupPool(request)
    const codes = await codesOn(request, lock.device_id)
    await sandbox(request, 'devices/set_online', { device_id: lock.device_id, online: false })
    await createCode(request, { device_id: lock.device_id, name: 'E2E lock page' })

    await page.goto(`/devices/${lock.device_id}`)
    const lockTable = page.getByRole('table', { name: `Access codes on ${lock.display_name}` })
    await expect(lockTable).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
      `Showing ${codes.length + 1} of ${codes.length + 1} codes`,
    )
    // No lock column on the lock's own page.
    await expect(lockTable.getByRole('columnheader', { name: /Lock/ })).toHaveCount(0)
    const row = lockTable.locator('tbody tr[aria-rowindex]').filter({ hasText: 'E2E lock page' })
    await expect(row.locator('[data-status]:visible')).toHaveText('Setting')
    // The lock page's own button creates a code for this lock (the table's is hidden there).
    await expect(page.getByRole('link', { name: 'Create access code' })).toHaveAttribute(
      'href',
      `/devices/${lock.device_id}/access-codes/new`,
    )
    await expect(page.getByRole('link', { name: 'New access code' })).toHaveCount(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    await snapshot(page, 'access-codes-device-1440')

    await sandbox(request, 'devices/set_online', { device_id: lock.device_id, online: true })
    await sandbox(request, 'clock/advance', { ms: 30_000 })
    await expect(row.locator('[data-status]:visible')).toHaveText('Set', { timeout: 20_000 })
  })
})
