import {
  test,
  expect,
  expectNoAlertsAndAxeClean,
  sandbox,
  seriousA11yViolations,
  snapshot,
} from './support/fixtures'
import {
  listDevices,
  codesOn,
  createCode,
  onlineLockWithBackupPool,
  codeKeptSetting,
  settleWorkspace,
  recordPolls,
  statusIn,
  expectAllCodesShown,
} from './support/access-codes'

/**
 * The access codes page and a lock's page follow codes live: setting → set without a reload,
 * one batched poll per tick, a warning when a poll fails.
 */

test.describe('access codes: live updates', () => {
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
    await expectAllCodesShown(page, total)
    await expectNoAlertsAndAxeClean(page)
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
    await expectAllCodesShown(page, codes.length + 1)
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
