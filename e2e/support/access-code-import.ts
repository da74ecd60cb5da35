import type { APIRequestContext, Page } from '@playwright/test'
import { expect, seam, seriousA11yViolations } from './fixtures'

/** Helpers for the CSV import specs (e2e/access-code-import*.spec.ts). */

export type Device = {
  device_id: string
  display_name: string
  can_program_online_access_codes?: boolean
  location?: { timezone?: string } | null
  properties: {
    online: boolean
    supported_code_lengths?: number[]
    code_constraints?: { constraint_type: string }[]
  }
}
export type Code = {
  access_code_id: string
  device_id: string
  name: string | null
  status: string
}

export const HEADER = 'lock,name,code,starts_at,ends_at,use_backup_access_code_pool'
// Beside the other specs' screenshots (gitignored), for the humans reviewing the change.
export const SHOTS = 'e2e/screenshots'

export async function devices(request: APIRequestContext): Promise<Device[]> {
  return (await seam<{ devices: Device[] }>(request, 'devices/list')).devices
}

/** Online locks that take any code Seam picks (no constraints to trip over). */
export async function plainLocks(request: APIRequestContext, count: number): Promise<Device[]> {
  const found = (await devices(request)).filter(
    (d) =>
      d.properties.online &&
      d.can_program_online_access_codes !== false &&
      (d.properties.code_constraints ?? []).length === 0,
  )
  expect(found.length, `${count} plain online locks`).toBeGreaterThanOrEqual(count)
  return found.slice(0, count)
}

export async function codesOn(request: APIRequestContext, deviceIds: string[]): Promise<Code[]> {
  const lists = await Promise.all(
    deviceIds.map((id) =>
      seam<{ access_codes: Code[] }>(request, 'access_codes/list', { device_id: id }),
    ),
  )
  return lists.flatMap((l, i) => l.access_codes.filter((c) => c.device_id === deviceIds[i]))
}

export async function pickFile(page: Page, csv: string | Buffer, name = 'codes.csv') {
  await page.getByLabel('CSV file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv,
  })
}

export const preview = (page: Page) => page.getByRole('table', { name: /Rows of the file/ })
export const row = (page: Page, n: number) =>
  preview(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) })

export async function openImport(page: Page) {
  await page.goto('/access-codes/import')
  await expect(page.getByRole('heading', { level: 1, name: 'Import access codes' })).toBeVisible()
  await expect(page.getByLabel('CSV file')).toBeEnabled()
}

/** axe at phone and desktop width, with a screenshot of each (of the card headed `focus`). */
export async function axeAtBothWidths(page: Page, shot: string, focus?: RegExp) {
  for (const width of [375, 1440]) {
    await page.setViewportSize({ width, height: 900 })
    expect(await seriousA11yViolations(page), `axe at ${width} px`).toEqual([])
    const path = `${SHOTS}/${shot}-${width}.png`
    if (focus)
      await page
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: focus }) })
        .screenshot({ path })
    else await page.screenshot({ path, fullPage: true })
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}

/** A CSV cell, quoted when it must be (RFC 4180). */
export const cell = (value: string) =>
  /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
