import type { APIRequestContext, Page } from '@playwright/test'
import { test, expect, seam, seriousA11yViolations, snapshot } from './support/fixtures'

type ApiDevice = { device_id: string; display_name: string; properties: { online: boolean } }
type ApiCode = { access_code_id: string; name: string | null; code: string | null }

/** A lock with at least two unmanaged codes in the seed. */
async function deviceWithUnmanaged(request: APIRequestContext) {
  const { devices } = await seam<{ devices: ApiDevice[] }>(request, 'devices/list')
  for (const device of devices) {
    const { access_codes } = await seam<{ access_codes: ApiCode[] }>(
      request,
      'access_codes/unmanaged/list',
      { device_id: device.device_id },
    )
    if (access_codes.length >= 2 && access_codes.every((c) => c.name))
      return { device, codes: access_codes }
  }
  throw new Error('no device with unmanaged codes in the seed')
}

const panel = (page: Page) => page.getByRole('region', { name: 'Unmanaged codes' })

test.describe('unmanaged codes', () => {
  test('view, convert to managed (then it is among the managed codes), delete', async ({
    page,
    request,
  }) => {
    const { device, codes } = await deviceWithUnmanaged(request)
    const [toConvert, toDelete] = [codes[0]!, codes[1]!]

    await page.goto(`/devices/${device.device_id}`)
    await expect(
      panel(page).getByRole('listitem').filter({ hasText: toConvert.name! }),
    ).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])

    // Detail view.
    await panel(page)
      .getByRole('button', { name: `View ${toConvert.name}` })
      .click()
    const dialog = page.getByRole('dialog', { name: toConvert.name! })
    await expect(dialog.getByText(toConvert.access_code_id)).toBeVisible()
    await snapshot(page, 'unmanaged-detail-1440')

    // Convert, from the detail view, after confirming.
    await dialog.getByRole('button', { name: 'Convert to managed…' }).click()
    const confirm = page.getByRole('dialog', { name: 'Convert to a managed code?' })
    await expect(confirm).toBeVisible()
    await confirm.getByRole('button', { name: 'Convert to managed' }).click()
    await expect(confirm).toBeHidden()
    await expect(page.getByText(`“${toConvert.name}” is now a managed code`)).toBeVisible()
    await expect(
      panel(page).getByRole('listitem').filter({ hasText: toConvert.name! }),
    ).toBeHidden()
    // It now shows among the lock's managed codes, which refreshed on their own.
    await expect(page.getByRole('main').getByText(toConvert.name!, { exact: true })).toBeVisible()
    const managed = await seam<{ access_code: { is_managed: boolean } }>(
      request,
      'access_codes/get',
      { access_code_id: toConvert.access_code_id },
    )
    expect(managed.access_code.is_managed).toBe(true)

    // Delete, after confirming.
    await panel(page)
      .getByRole('button', { name: `Delete ${toDelete.name}` })
      .click()
    const del = page.getByRole('dialog', { name: 'Delete this code from the lock?' })
    await del.getByRole('button', { name: 'Delete from lock' }).click()
    await expect(del).toBeHidden()
    await expect(panel(page).getByRole('listitem').filter({ hasText: toDelete.name! })).toBeHidden()
    const left = await seam<{ access_codes: ApiCode[] }>(request, 'access_codes/unmanaged/list', {
      device_id: device.device_id,
    })
    expect(left.access_codes.map((c) => c.access_code_id)).not.toContain(toDelete.access_code_id)
  })

  test('a code that has gone shows the access_code_not_found message', async ({
    page,
    request,
  }) => {
    const { device, codes } = await deviceWithUnmanaged(request)
    const code = codes[0]!
    await page.goto(`/devices/${device.device_id}`)
    await expect(panel(page).getByRole('button', { name: `View ${code.name}` })).toBeVisible()

    // Someone removes it at the lock while the list is on screen.
    await seam(request, 'access_codes/unmanaged/delete', { access_code_id: code.access_code_id })

    await panel(page)
      .getByRole('button', { name: `View ${code.name}` })
      .click()
    const alert = page.getByRole('dialog').getByRole('alert')
    await expect(alert).toContainText('This code is no longer on the lock')
    await expect(alert).toContainText('access_code_not_found')
    await expect(alert).toContainText('Could not find an access_code')
    await expect(alert.getByRole('button', { name: 'Copy request ID' })).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
  })
})
