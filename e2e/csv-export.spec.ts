import type { Download, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import {
  test,
  expect,
  resultCount,
  revealPin,
  sandbox,
  seam,
  seriousA11yViolations,
} from './support/fixtures'

type AuditEntry = { action: string; result: string; details: Record<string, unknown> | null }

/** Waits until every lock's codes are loaded, and returns how many rows the filters show. */
async function loadedCount(page: Page): Promise<number> {
  await expect(resultCount(page)).toBeVisible()
  const read = async () => {
    const loading = await page.getByRole('progressbar', { name: 'Locks loaded' }).count()
    const before = await resultCount(page).textContent()
    await page.waitForTimeout(800) // longer than the table's 400 ms throttle
    return loading === 0 && before === (await resultCount(page).textContent()) ? before : null
  }
  await expect.poll(read, { timeout: 20_000 }).not.toBeNull()
  return Number(/Showing (\d+)/.exec((await resultCount(page).textContent())!)![1])
}

/** The names in the table's rendered rows, top to bottom (the `column`th cell of each row). */
async function shownNames(page: Page, table: string, column = 1): Promise<string[]> {
  const cells = page
    .getByRole('table', { name: table })
    .locator(`tbody tr[aria-rowindex] td:nth-child(${column})`)
  await expect(cells.first()).toBeVisible()
  return (await cells.allInnerTexts()).map((t) => t.split('\n')[0]!.trim())
}

/** Opens the export dialog, downloads, and returns the file's bytes parsed into records. */
async function exportCsv(page: Page, options: { pins?: boolean; button?: string } = {}) {
  await page.getByRole('button', { name: options.button ?? 'Export CSV', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Export CSV' })
  await expect(dialog).toBeVisible()
  if (options.pins) await dialog.getByRole('checkbox', { name: 'Include PINs' }).check()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  return readDownload(download)
}

async function readDownload(download: Download) {
  const bytes = readFileSync((await download.path())!)
  // UTF-8 with a BOM, so Excel reads it as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8').slice(1)
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return { name: download.suggestedFilename(), text, records: parsed.data }
}

test.describe('CSV export', () => {
  test('the devices table exports exactly the rows it shows, in its order @smoke', async ({
    page,
  }) => {
    await page.goto('/devices?sort=name&dir=desc')
    await expect(resultCount(page)).toBeVisible()
    const count = Number(/Showing (\d+)/.exec((await resultCount(page).textContent())!)![1])
    const names = await shownNames(page, 'Devices')
    const { name, records } = await exportCsv(page)
    expect(name).toMatch(/^devices-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/)
    expect(records).toHaveLength(count)
    expect(records.slice(0, names.length).map((r) => r['name'])).toEqual(names)
    expect(records.every((r) => r['device_id']!.length > 0)).toBe(true)
  })

  test('a filtered access-codes table exports its rows, with times in the lock zone and the zone beside them', async ({
    page,
    request,
  }) => {
    await page.goto('/access-codes?type=time_bound&sort=name&dir=asc')
    const count = await loadedCount(page)
    const total = Number(/of (\d+)/.exec((await resultCount(page).textContent())!)![1])
    expect(count).toBeLessThan(total)
    // The first column holds the row checkboxes.
    const names = await shownNames(page, 'Access codes', 2)

    const { records, text } = await exportCsv(page)
    expect(records).toHaveLength(count)
    expect(records.slice(0, names.length).map((r) => r['name'])).toEqual(names)
    expect(records.every((r) => r['type'] === 'time_bound')).toBe(true)
    for (const r of records) {
      expect(r['starts_at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
      expect(r['time_zone']!.length).toBeGreaterThan(0)
    }
    // No PIN unless asked for.
    expect(Object.keys(records[0]!)).not.toContain('code')
    expect(text.split('\r\n')[0]).toContain('access_code_id,name,device_id,lock')

    // The export is in the audit log.
    const { entries } = await seam<{ entries: AuditEntry[] }>(request, '_doorman/audit/list', {
      action: 'export.csv',
      limit: 1,
    })
    expect(entries[0]).toMatchObject({
      result: 'ok',
      details: { table: 'access_codes', rows: count, pins: false },
    })
  })

  test('PINs go into the file only when asked, and match what "Show code" reveals', async ({
    page,
    request,
  }) => {
    // A filter on what does not change while the page is open (statuses move on by themselves),
    // after moving the sandbox's clock past any removal still running (e.g. an earlier spec's
    // bulk delete), so no row leaves the table between counting and exporting.
    await sandbox(request, 'clock/advance', { ms: 11 * 60_000 })
    await page.goto('/access-codes?type=ongoing&sort=name&dir=asc')
    const count = await loadedCount(page)
    const { records } = await exportCsv(page, { pins: true })
    expect(records).toHaveLength(count)
    const withPin = records.filter((r) => r['code'])
    expect(withPin.length).toBeGreaterThan(0)
    for (const r of withPin.slice(0, 3))
      expect(r['code']).toBe(await revealPin(request, r['access_code_id']!))
    expect(Object.keys(records[0]!).slice(0, 3)).toEqual(['access_code_id', 'name', 'code'])

    const { entries } = await seam<{ entries: AuditEntry[] }>(request, '_doorman/audit/list', {
      action: 'export.csv',
      limit: 1,
    })
    expect(entries[0]).toMatchObject({
      result: 'ok',
      details: { table: 'access_codes', rows: records.length, pins: true },
    })
  })

  test('the export dialog has no serious axe violations at 375 and 1440 px', async ({ page }) => {
    await page.goto('/access-codes')
    await expect(resultCount(page)).toBeVisible()
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 900 })
      await page.getByRole('button', { name: 'Export CSV' }).click()
      await expect(page.getByRole('dialog', { name: 'Export CSV' })).toBeVisible()
      expect(await seriousA11yViolations(page)).toEqual([])
      await page.screenshot({ path: `/tmp/shots-21x/export-dialog-${width}.png` })
      await page.getByRole('button', { name: 'Cancel' }).click()
    }
  })

  test('triage, events, the audit log and unmanaged codes export the rows they show', async ({
    page,
    request,
  }) => {
    const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/

    await page.goto('/triage')
    const triageStatus = page.getByRole('status').filter({ hasText: /problems? affecting/ })
    await expect(triageStatus).not.toContainText('still loading', { timeout: 20_000 })
    const objects = Number(/affecting (\d+)/.exec((await triageStatus.textContent())!)![1])
    const triage = await exportCsv(page)
    expect(triage.records).toHaveLength(objects)
    expect(Object.keys(triage.records[0]!)).toEqual(
      expect.arrayContaining(['severity', 'issue_code', 'device_id', 'message', 'time_zone']),
    )

    await page.goto('/events')
    const eventsShown = page.getByText(/^Showing the \d+ most recent events/)
    await expect(eventsShown).toBeVisible()
    const eventCount = Number(/the (\d+) most/.exec((await eventsShown.textContent())!)![1])
    const events = await exportCsv(page)
    expect(events.records).toHaveLength(eventCount)
    expect(events.records.every((r) => isoWithOffset.test(r['occurred_at']!))).toBe(true)

    await page.goto('/audit')
    const auditShown = page.getByRole('status').filter({ hasText: /^Showing \d+ entr/ })
    await expect(auditShown).toBeVisible()
    const auditCount = Number(/Showing (\d+)/.exec((await auditShown.textContent())!)![1])
    const audit = await exportCsv(page)
    expect(audit.records).toHaveLength(auditCount)
    expect(audit.records.every((r) => isoWithOffset.test(r['at']!))).toBe(true)

    const { devices } = await seam<{ devices: Array<{ device_id: string }> }>(
      request,
      'devices/list',
    )
    for (const d of devices) {
      const { access_codes } = await seam<{ access_codes: Array<{ access_code_id: string }> }>(
        request,
        'access_codes/unmanaged/list',
        { device_id: d.device_id },
      )
      if (access_codes.length === 0) continue
      await page.goto(`/devices/${d.device_id}`)
      const unmanaged = await exportCsv(page, { button: 'Export CSV of unmanaged codes' })
      expect(unmanaged.records.map((r) => r['access_code_id']).sort()).toEqual(
        access_codes.map((c) => c.access_code_id).sort(),
      )
      break
    }
  })
})
