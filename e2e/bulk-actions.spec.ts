import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { test, expect, revealPin, sandbox, seriousA11yViolations } from './support/fixtures'
import { sandboxNow, seamData } from './support/seam-data'
import { openCodesNamed } from './support/access-codes'

type ApiDevice = {
  device_id: string
  display_name: string
  properties: { online: boolean; supports_backup_access_code_pool?: boolean }
}
type ApiCode = {
  access_code_id: string
  device_id: string
  name: string | null
  status: string
  pulled_backup_access_code_id?: string | null
}

const MINUTE = 60_000
const SHOTS = '/tmp/shots-21x'

const { listDevices, onlineLock, codesOn, createCode } = seamData<ApiDevice, ApiCode>()

const codesTable = (page: Page) => page.getByRole('table', { name: /Access codes/ })
const checkbox = (page: Page, name: string) =>
  codesTable(page).getByRole('checkbox', { name: `Select ${name}`, exact: false })
const bulkBar = (page: Page) => page.getByRole('region', { name: 'Bulk actions' })

test.describe('bulk actions', () => {
  test('rows can be selected, and the bar says how many @smoke', async ({ page, request }) => {
    // Seam's fake starts with no codes: make two (on the sandbox they join the seeded ones).
    const lock = (await listDevices(request))[0]!
    await openCodesNamed(page, request, lock, ['Smoke pick 1', 'Smoke pick 2'], 'Smoke pick')
    await checkbox(page, 'Smoke pick 1').check()
    await checkbox(page, 'Smoke pick 2').check()
    await expect(bulkBar(page)).toContainText('2 selected')
    await expect(
      page.getByRole('checkbox', { name: 'Select all 2 codes that match the filters' }),
    ).toBeChecked()
    await expect(bulkBar(page).getByRole('button', { name: 'Delete' })).toBeVisible()
    await expect(bulkBar(page).getByRole('button', { name: 'Export selected' })).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
    await bulkBar(page).getByRole('button', { name: 'Clear selection' }).click()
    await expect(bulkBar(page)).toHaveCount(0)
  })

  test('deletes 10 selected codes (shift-click range) after one confirmation', async ({
    page,
    request,
  }) => {
    const names = Array.from({ length: 10 }, (_, i) => `E2E bulk ${String(i + 1).padStart(2, '0')}`)
    const lock = await onlineLock(request)
    await openCodesNamed(page, request, lock, names, 'E2E bulk')
    await expect(codesTable(page).locator('tbody tr[aria-rowindex]')).toHaveCount(10)
    await checkbox(page, names[0]!).click()
    await checkbox(page, names[9]!).click({ modifiers: ['Shift'] })
    await expect(bulkBar(page)).toContainText('10 selected')
    for (const name of names) await expect(checkbox(page, name)).toBeChecked()

    await bulkBar(page).getByRole('button', { name: 'Delete' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete 10 codes from 1 lock?' })
    await expect(dialog).toContainText(`${lock.display_name} (10)`)
    await dialog.getByRole('button', { name: 'Delete 10 codes' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Done: 10 of 10 succeeded.')
    await expect(dialog.getByRole('table', { name: 'Delete results' })).toContainText(names[9]!)
    await dialog.getByRole('button', { name: 'Done' }).click()

    const left = (await codesOn(request, lock.device_id)).filter((c) =>
      c.name?.startsWith('E2E bulk'),
    )
    expect(left.every((c) => c.status === 'removing')).toBe(true)
    await expect(bulkBar(page)).toHaveCount(0)
  })

  test('a partly failed delete leaves the rest done and the failed ones selected', async ({
    page,
    request,
  }) => {
    const names = Array.from({ length: 6 }, (_, i) => `E2E partial ${i + 1}`)
    const lock = await onlineLock(request)
    await openCodesNamed(page, request, lock, names, 'E2E partial')
    await expect(codesTable(page).locator('tbody tr[aria-rowindex]')).toHaveCount(6)
    await page.getByRole('checkbox', { name: 'Select all 6 codes that match the filters' }).check()
    await expect(bulkBar(page)).toContainText('6 selected')
    // The next two deletes fail on the server (the sandbox's fault injection).
    await sandbox(request, 'faults/inject', {
      count: 2,
      status: 500,
      path_prefix: '/access_codes/delete',
    })
    await bulkBar(page).getByRole('button', { name: 'Delete' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete 6 codes from 1 lock?' })
    await dialog.getByRole('button', { name: 'Delete 6 codes' }).click()
    await expect(dialog.getByRole('status')).toHaveText(
      'Done: 4 of 6 succeeded, 2 failed (still selected).',
    )
    await expect(dialog.getByRole('table').getByText('Failed', { exact: true })).toHaveCount(2)
    await dialog.getByRole('button', { name: 'Done' }).click()

    await expect(bulkBar(page)).toContainText('2 selected')
    const codes = (await codesOn(request, lock.device_id)).filter((c) =>
      c.name?.startsWith('E2E partial'),
    )
    const failed = codes.filter((c) => c.status !== 'removing').map((c) => c.name!)
    expect(failed).toHaveLength(2)
    for (const name of failed) await expect(checkbox(page, name)).toBeChecked()
  })

  test('pulls backup codes for the eligible selected codes and lists each one', async ({
    page,
    request,
  }) => {
    const lock = (await listDevices(request)).find(
      (d) => d.properties.online && d.properties.supports_backup_access_code_pool,
    )!
    const now = await sandboxNow(request)
    const stay = {
      device_id: lock.device_id,
      starts_at: new Date(now - 60 * MINUTE).toISOString(),
      ends_at: new Date(now + 3 * 24 * 60 * MINUTE).toISOString(),
      use_backup_access_code_pool: true,
    }
    for (const n of [1, 2, 3]) await createCode(request, { ...stay, name: `E2E pull ${n}` })
    await createCode(request, { device_id: lock.device_id, name: 'E2E pull ongoing' })

    await page.goto(`/access-codes?q=E2E%20pull&sort=name&dir=asc`)
    await expect(codesTable(page).locator('tbody tr[aria-rowindex]')).toHaveCount(4)
    await page.getByRole('checkbox', { name: 'Select all 4 codes that match the filters' }).check()
    await bulkBar(page).getByRole('button', { name: 'Pull backup codes' }).click()
    const dialog = page.getByRole('dialog', { name: 'Pull backup codes' })
    await expect(dialog).toContainText('3 selected codes can have a backup')
    await expect(dialog).toContainText('1 selected code is left out')
    await dialog.getByRole('button', { name: 'Pull 3 backup codes' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Done: 3 of 3 succeeded.')

    const results = dialog.getByRole('table', { name: 'Backup codes pulled' })
    const codes = await codesOn(request, lock.device_id)
    for (const n of [1, 2, 3]) {
      const original = codes.find((c) => c.name === `E2E pull ${n}`)!
      expect(original.pulled_backup_access_code_id).toBeTruthy()
      const pin = await revealPin(request, original.pulled_backup_access_code_id!)
      await expect(results.getByRole('row', { name: new RegExp(`E2E pull ${n}`) })).toContainText(
        pin!,
      )
    }
    await page.screenshot({ path: `${SHOTS}/bulk-pull-1440.png` })
  })

  test('"Export selected" writes exactly the selected codes', async ({ page, request }) => {
    const names = ['E2E out 1', 'E2E out 2', 'E2E out 3']
    const lock = await onlineLock(request)
    await openCodesNamed(page, request, lock, names, 'E2E out')
    await checkbox(page, 'E2E out 1').check()
    await checkbox(page, 'E2E out 3').check()
    await bulkBar(page).getByRole('button', { name: 'Export selected' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export selected' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')
    const records = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    expect(records.data.map((r) => r['name'])).toEqual(['E2E out 1', 'E2E out 3'])
  })

  test('with a selection and each dialog open: no serious axe violations at 1440 and 375 px', async ({
    page,
  }) => {
    await page.goto('/access-codes?sort=name&dir=asc')
    const boxes = codesTable(page).locator('tbody').getByRole('checkbox')
    await expect(boxes.first()).toBeVisible()
    await boxes.nth(0).check()
    await boxes.nth(2).check()
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 900 })
      await expect(bulkBar(page)).toContainText('2 selected')
      expect(await seriousA11yViolations(page)).toEqual([])
      await page.screenshot({ path: `${SHOTS}/bulk-selection-${width}.png` })
      for (const [button, title] of [
        ['Delete', /^Delete 2 codes/],
        ['Pull backup codes', 'Pull backup codes'],
        ['Export selected', 'Export selected'],
      ] as const) {
        await bulkBar(page).getByRole('button', { name: button }).click()
        const dialog = page.getByRole('dialog', { name: title })
        await expect(dialog).toBeVisible()
        expect(await seriousA11yViolations(page)).toEqual([])
        const slug = button.toLowerCase().replaceAll(' ', '-')
        await page.screenshot({ path: `${SHOTS}/bulk-${slug}-${width}.png` })
        await dialog.getByRole('button', { name: 'Cancel' }).click()
      }
    }
  })
})
