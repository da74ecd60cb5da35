import {
  test,
  expect,
  expectNoSidewaysScroll,
  sandbox,
  seriousA11yViolations,
  snapshot,
} from './support/fixtures'
import {
  table,
  openWorkspaceTable,
  expectAllCodesShown,
  renderedRowHeights,
  ACCESS_CODE_ROW_HEIGHT,
  listDevices,
  codesOn,
} from './support/access-codes'

/**
 * The workspace table: PINs never shown in a recycled row, filters in the URL, axe and row
 * heights at two widths, and a retry row for a lock whose codes fail to load.
 */

test.describe('access codes: table', () => {
  test('a revealed code is never shown in another row while rows are recycled by scrolling', async ({
    page,
  }) => {
    await openWorkspaceTable(page, '?sort=name&dir=asc')
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
    await openWorkspaceTable(page)
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
    await openWorkspaceTable(page)

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
    await openWorkspaceTable(page)
    await expectNoSidewaysScroll(page)
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
    await expectAllCodesShown(page, expected)
    await expect(table(page).locator('tbody tr[aria-rowindex]').first()).toContainText(name)
  })
})
