import type { APIRequestContext, Locator, Page, Request } from '@playwright/test'
import { expect, sandbox, seam, snapshot, withPins } from './fixtures'

/**
 * Helpers for the access-code form specs (e2e/access-code-form-*.spec.ts), on the sandbox. Codes
 * are checked through the API (`access_codes/get` / `list`) because that is what the lock ends up
 * with.
 */

export type Device = {
  device_id: string
  display_name: string
  can_program_online_access_codes?: boolean
  location?: { timezone?: string; location_name?: string } | null
  properties: {
    online: boolean
    supported_code_lengths: number[]
    code_constraints?: { constraint_type: string }[]
    supports_backup_access_code_pool?: boolean
  }
}
export type Code = {
  access_code_id: string
  device_id: string
  name: string | null
  code: string | null
  type: 'ongoing' | 'time_bound'
  status: string
  starts_at?: string | null
  ends_at?: string | null
  common_code_key: string | null
}

export async function devices(request: APIRequestContext): Promise<Device[]> {
  return (await seam<{ devices: Device[] }>(request, 'devices/list')).devices
}

/** An online New York lock taking 4–8 digit codes with no constraints, with the backup pool. */
export async function plainLock(request: APIRequestContext, skip = 0): Promise<Device> {
  const found = (await devices(request)).filter(
    (d) =>
      d.properties.online &&
      d.location?.timezone === 'America/New_York' &&
      d.properties.supported_code_lengths.join() === '4,5,6,7,8' &&
      (d.properties.code_constraints ?? []).length === 0 &&
      d.properties.supports_backup_access_code_pool === true,
  )
  const lock = found[skip]
  expect(lock, `an online New York lock #${skip}`).toBeTruthy()
  return lock!
}

/**
 * The codes on a lock that `keep` picks, PINs revealed. Only those are revealed: another code on
 * the lock may finish `removing` (the sandbox's clock runs on) between the list and its reveal,
 * which then answers access_code_not_found (seen in CI).
 */
export async function codesOn(
  request: APIRequestContext,
  deviceId: string,
  keep: (code: Code) => boolean = () => true,
): Promise<Code[]> {
  const { access_codes } = await seam<{ access_codes: Code[] }>(request, 'access_codes/list', {
    device_id: deviceId,
  })
  return withPins(request, access_codes.filter(keep))
}

export async function codeNamed(request: APIRequestContext, deviceId: string, name: string) {
  const matches = await codesOn(request, deviceId, (c) => c.name === name)
  expect(matches, `exactly one code named ${name.slice(0, 40)}`).toHaveLength(1)
  return matches[0]!
}

export async function getCode(request: APIRequestContext, id: string): Promise<Code> {
  const { access_code } = await seam<{ access_code: Code }>(request, 'access_codes/get', {
    access_code_id: id,
  })
  return (await withPins(request, [access_code]))[0]!
}

/** Moves the sandbox clock on until the code is `set` (what the poller would then show). */
export async function expectReachesSet(request: APIRequestContext, id: string) {
  await expect
    .poll(async () => {
      await sandbox(request, 'clock/advance', { ms: 30_000 })
      return (await getCode(request, id)).status
    })
    .toBe('set')
}

/** Bodies of the requests the page sent to a Seam route. */
export function capture(page: Page, route: string) {
  const bodies: Record<string, unknown>[] = []
  page.on('request', (r: Request) => {
    if (r.method() === 'POST' && r.url().endsWith(`/api/${route}`))
      bodies.push(r.postDataJSON() as Record<string, unknown>)
  })
  return bodies
}

export function noDialogs(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  return dialogs
}

export const form = (page: Page) => ({
  name: page.getByLabel('Name'),
  code: page.getByRole('textbox', { name: /^Code/ }),
  starts: page.getByLabel('Starts'),
  ends: page.getByLabel('Ends'),
  search: page.getByRole('searchbox', { name: 'Search locks' }),
  ongoing: page.getByRole('radio', { name: /Ongoing/ }),
  timeBound: page.getByRole('radio', { name: /Time-bound/ }),
  backup: page.getByRole('checkbox', { name: /backup code pool/ }),
  create: page.getByRole('button', { name: 'Create access code' }),
  save: page.getByRole('button', { name: 'Save changes' }),
})

/** The form has `lock` among its chosen locks: a chip in "Chosen locks" (and a checked box). */
export async function expectLockChosen(page: Page, lock: { display_name: string }) {
  await expect(page.getByRole('list', { name: 'Chosen locks' })).toContainText(lock.display_name)
}

/** Opens the new-code form from a lock (where its page's "Create access code" goes), preselected. */
export async function openNewCodeForm(
  page: Page,
  lock: { device_id: string; display_name: string },
) {
  await page.goto(`/devices/${lock.device_id}/access-codes/new`)
  await expectLockChosen(page, lock)
  return form(page)
}

/** Presses Create or Save; a form opened from a lock goes back to that lock's page. */
export async function submitBackToLock(page: Page, button: Locator, lock: { device_id: string }) {
  await button.click()
  await expect(page).toHaveURL(new RegExp(`/devices/${lock.device_id}$`))
}

export async function chooseLock(page: Page, lock: Device) {
  await form(page).search.fill(lock.display_name)
  await page
    .getByRole('checkbox', { name: new RegExp(escapeRe(lock.display_name)) })
    .first()
    .check()
  await form(page).search.fill('')
}
/** Full-page screenshot from the top, so the sticky header sits where it belongs. */
export async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await snapshot(page, name)
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
