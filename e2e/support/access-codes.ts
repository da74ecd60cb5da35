import type { APIRequestContext, Page, Request } from '@playwright/test'
import { expect, resultCount, sandbox } from './fixtures'
import { seamData } from './seam-data'

/** Helpers for the access-codes table specs (e2e/access-codes-*.spec.ts), on the sandbox. */

export type ApiDevice = {
  device_id: string
  display_name: string
  properties: {
    online: boolean
    manufacturer?: string
    supports_backup_access_code_pool?: boolean
  }
}
export type ApiCode = {
  access_code_id: string
  device_id: string
  name: string | null
  status: string
  type: string
  pulled_backup_access_code_id?: string | null
}

export const MINUTE = 60_000

export const { listDevices, onlineLock, codesOn, createCode } = seamData<ApiDevice, ApiCode>()

/** The first online lock that can pull backup codes. */
export const onlineLockWithBackupPool = async (request: APIRequestContext) =>
  (await listDevices(request)).find(
    (d) => d.properties.online && d.properties.supports_backup_access_code_pool,
  )!

/**
 * Takes the first online lock offline and creates `name` on it: an offline lock cannot take the
 * code, so it stays `setting` (while the page loads, or until the test brings the lock back).
 */
export async function codeKeptSetting(request: APIRequestContext, name: string) {
  const lock = await onlineLock(request)
  await sandbox(request, 'devices/set_online', { device_id: lock.device_id, online: false })
  return { lock, code: await createCode(request, { device_id: lock.device_id, name }) }
}

/** Brings every lock online and moves time on until no code in the workspace is in transition. */
export async function settleWorkspace(request: APIRequestContext): Promise<ApiDevice[]> {
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
export function recordPolls(page: Page) {
  const polls: { at: number; ids: string[] }[] = []
  const onRequest = (req: Request) => {
    if (!req.url().endsWith('/api/access_codes/list') || req.method() !== 'POST') return
    const body = req.postDataJSON() as { access_code_ids?: string[] } | null
    if (body?.access_code_ids) polls.push({ at: Date.now(), ids: [...body.access_code_ids].sort() })
  }
  page.on('request', onRequest)
  return { polls, stop: () => page.off('request', onRequest) }
}

/**
 * Opens the workspace table (`query`: its URL's search, e.g. `?sort=name&dir=asc`) and waits
 * until every lock's codes are in: "Showing N of N codes".
 */
export async function openWorkspaceTable(page: Page, query = '') {
  await page.goto(`/access-codes${query}`)
  await expect(resultCount(page)).toHaveText(/^Showing (\d+) of \1 codes$/)
}

/** The page's codes table says it shows every one of the `n` codes. */
export async function expectAllCodesShown(page: Page, n: number) {
  await expect(resultCount(page)).toHaveText(`Showing ${n} of ${n} codes`)
}

/**
 * Makes codes called `names` on `lock`, then opens the workspace table searched for `search` and
 * sorted by name: the codes a test works on, and only those.
 */
export async function openCodesNamed(
  page: Page,
  request: APIRequestContext,
  lock: { device_id: string },
  names: string[],
  search: string,
) {
  for (const name of names) await createCode(request, { device_id: lock.device_id, name })
  await page.goto(`/access-codes?q=${encodeURIComponent(search)}&sort=name&dir=asc`)
}

export const table = (page: Page) => page.getByRole('table', { name: 'Access codes' })

/** `ACCESS_CODE_ROW_HEIGHT` in src/features/access-codes/components/access-codes-table.tsx. */
export const ACCESS_CODE_ROW_HEIGHT = 64

/** Scrolls the table from top to bottom and returns every distinct rendered data-row height. */
export async function renderedRowHeights(page: Page): Promise<number[]> {
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
export const rowNamed = (page: Page, name: string) =>
  table(page).locator('tbody tr[aria-rowindex]').filter({ hasText: name })
export const statusIn = (page: Page, name: string) =>
  rowNamed(page, name).locator('[data-status]:visible')
