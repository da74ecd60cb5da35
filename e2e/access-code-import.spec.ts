import { test, expect, sandbox } from './support/fixtures'
import {
  type Device,
  HEADER,
  SHOTS,
  devices,
  plainLocks,
  codesOn,
  pickFile,
  preview,
  row,
  openImport,
  axeAtBothWidths,
  cell,
} from './support/access-code-import'

/**
 * `/access-codes/import`: a CSV file becomes many access codes, checked row by row first, sent a
 * few at a time, and idempotent (the same file twice creates nothing the second time).
 */

test.describe('import access codes from CSV', () => {
  test('is linked from the access codes page; checks a pasted row and imports it @smoke', async ({
    page,
    request,
  }) => {
    const [lock] = await plainLocks(request, 1)
    // Unique: against Seam's fake nothing resets between tests.
    const name = `Import smoke ${Date.now().toString(36)}`
    await page.goto('/access-codes')
    await page.setViewportSize({ width: 375, height: 900 })
    await expect(page.getByRole('link', { name: 'Import CSV' })).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/access-codes-header-375.png` })
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.getByRole('link', { name: 'Import CSV' }).click()
    await expect(page).toHaveURL(/\/access-codes\/import$/)
    await expect(page.getByLabel('CSV file')).toBeEnabled()
    await expect(page.getByRole('link', { name: 'Download the template' })).toHaveAttribute(
      'download',
      'access-codes-template.csv',
    )
    await axeAtBothWidths(page, 'import-empty')

    await page
      .getByLabel('Or paste CSV')
      .fill(`${HEADER}\n${lock!.device_id},${name},,,,\nNo such lock,Guest,,,,`)
    await page.getByRole('button', { name: 'Check pasted rows' }).click()
    await expect(page.getByRole('status').filter({ hasText: '2 rows:' })).toContainText(
      '1 ready to import · 1 with problems (not sent)',
    )
    await expect(row(page, 3)).toContainText('No lock has the id or name "No such lock"')
    await expect(row(page, 3)).toContainText('Not sent: fix the problems')

    const creates: unknown[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/api/access_codes/create')) creates.push(r.postDataJSON())
    })
    await page.getByRole('button', { name: 'Import 1 code' }).click()
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'aria-valuetext',
      '1 of 1',
    )
    await expect(row(page, 2)).toContainText(/Created · (setting|set)/)
    expect(creates).toEqual([{ device_id: lock!.device_id, name }])
    const made = (await codesOn(request, [lock!.device_id])).filter((c) => c.name === name)
    expect(made).toHaveLength(1)
  })
})

test.describe('import access codes from CSV on the sandbox', () => {
  test('a 50-row file with 3 bad rows: 47 created and set, 3 shown with reasons; the same file again creates nothing', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000)
    const all = await devices(request)
    const locks = await plainLocks(request, 5)
    const uniqueName = (d: Device) =>
      all.filter((o) => o.display_name === d.display_name).length === 1
    // Started an hour ago (an offset), ending in 30 days (the lock's wall time).
    const startsAt = new Date(Date.now() - 3_600_000).toISOString()
    const endsAt = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 16)
    const names: string[] = []
    const lines = [HEADER]
    for (let i = 0; i < 50; i += 1) {
      const lock = locks[i % locks.length]!
      const lockCell = i % 2 === 0 && uniqueName(lock) ? lock.display_name : lock.device_id
      const name =
        i === 5
          ? '=HYPERLINK("http://evil.example","Click")'
          : i === 6
            ? '<img src=x onerror=alert(1)>Guest'
            : i === 7
              ? 'Guest "Smith",\nsecond line'
              : `Import guest ${i + 2}`
      names.push(name)
      const timed = i % 3 === 0
      const values =
        i === 8
          ? ['No such lock', name, '', '', '', '']
          : i === 23
            ? [lockCell, name, '12ab', '', '', '']
            : i === 38
              ? [lockCell, name, '', '2026-07-02T10:00', '2026-07-01T10:00', '']
              : [lockCell, name, '', timed ? startsAt : '', timed ? endsAt : '', '']
      lines.push(values.map(cell).join(','))
    }
    const csv = `\uFEFF${lines.join('\r\n')}\r\n`
    const before = await codesOn(
      request,
      locks.map((l) => l.device_id),
    )

    await openImport(page)
    await pickFile(page, csv)
    const summary = page.getByRole('status').filter({ hasText: '50 rows:' })
    await expect(summary).toContainText('47 ready to import · 3 with problems (not sent)')
    await expect(row(page, 10)).toContainText('No lock has the id or name "No such lock"')
    await expect(row(page, 25)).toContainText('Problem: Code must contain digits only.')
    await expect(row(page, 40)).toContainText('Problem: The end must be after the start.')
    // Shown as the text they are: no element made from the name, the formula not run.
    await expect(row(page, 8)).toContainText('<img src=x onerror=alert(1)>Guest')
    await expect(preview(page).locator('img')).toHaveCount(0)
    await expect(row(page, 7)).toContainText('=HYPERLINK("http://evil.example","Click")')
    await expect(row(page, 7)).toContainText('Note: Starts like a spreadsheet formula')
    const onlyProblems = page.getByLabel(/Show only rows with problems/)
    await expect(onlyProblems).toHaveAccessibleName(/\(4\)$/)
    await onlyProblems.check()
    await expect(preview(page).getByRole('rowheader')).toHaveText(['7', '10', '25', '40'])
    await axeAtBothWidths(page, 'import-preview', /Check and import/)
    await onlyProblems.uncheck()

    const creates: Record<string, unknown>[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/api/access_codes/create'))
        creates.push(r.postDataJSON() as Record<string, unknown>)
    })
    await page.getByRole('button', { name: 'Import 47 codes' }).click()
    const progress = page.getByRole('progressbar', { name: 'Import progress' })
    await expect(progress).toHaveAttribute('aria-valuetext', '47 of 47')
    await expect(summary).toContainText('47 created · 3 with problems (not sent)')
    expect(creates).toHaveLength(47)
    expect(creates.map((c) => c['name'])).not.toContain('Import guest 10')

    // The lock simulator's clock moves on; the app's poller shows each code reaching `set`.
    const createdSet = preview(page).getByText('Created · set')
    await expect
      .poll(
        async () => {
          await sandbox(request, 'clock/advance', { ms: 30_000 })
          return createdSet.count()
        },
        { timeout: 60_000 },
      )
      .toBe(47)
    const after = await codesOn(
      request,
      locks.map((l) => l.device_id),
    )
    const made = after.filter((c) => !before.some((b) => b.access_code_id === c.access_code_id))
    expect(made).toHaveLength(47)
    expect(made.every((c) => c.status === 'set')).toBe(true)
    expect(made.map((c) => c.name)).toContain('<img src=x onerror=alert(1)>Guest')
    expect(made.map((c) => c.name)).toContain('Guest "Smith",\nsecond line')
    await axeAtBothWidths(page, 'import-results', /Check and import/)

    // The same file again: every good row already exists, nothing is sent.
    await pickFile(page, csv)
    await expect(summary).toContainText('0 ready to import · 47 already exist · 3 with problems')
    await expect(row(page, 2)).toContainText('Already exists')
    await expect(page.getByRole('button', { name: /^Import \d+ codes?$/ })).toHaveCount(0)
    expect(creates).toHaveLength(47)
    await page.reload()
    await expect(page.getByLabel('CSV file')).toBeEnabled()
    await pickFile(page, csv)
    await expect(summary).toContainText('0 ready to import · 47 already exist · 3 with problems')
  })

  test('an offline lock is a note, not an error: the row is sent', async ({ page, request }) => {
    const [lock] = await plainLocks(request, 1)
    await sandbox(request, 'devices/set_online', { device_id: lock!.device_id, online: false })
    await openImport(page)
    await pickFile(page, `${HEADER}\n${lock!.device_id},While offline,,,,\n`)
    await expect(row(page, 2)).toContainText('Note: This lock is offline')
    await expect(row(page, 2)).toContainText('Ready to import')
    await page.getByRole('button', { name: 'Import 1 code' }).click()
    await expect(row(page, 2)).toContainText('Created ·')
    const made = (await codesOn(request, [lock!.device_id])).filter(
      (c) => c.name === 'While offline',
    )
    expect(made).toHaveLength(1)
  })

  test('a 10,000-row file is checked in the page and shown 100 rows at a time', async ({
    page,
    request,
  }) => {
    const [lock] = await plainLocks(request, 1)
    const lines = [HEADER]
    for (let i = 0; i < 10_000; i += 1)
      lines.push(`${lock!.device_id},Guest ${i},,2027-07-01T15:00,2027-07-05T11:00,`)
    await openImport(page)
    await pickFile(page, lines.join('\n'))
    await expect(page.getByRole('status').filter({ hasText: '10,000 rows:' })).toContainText(
      '10,000 ready to import',
    )
    const pages = page.getByRole('navigation', { name: 'Preview pages' })
    await expect(pages).toContainText('Rows 1–100 of 10,000')
    await expect(preview(page).getByRole('rowheader')).toHaveCount(100)
    await pages.getByRole('button', { name: 'Next' }).click()
    await expect(pages).toContainText('Rows 101–200 of 10,000')
    await expect(preview(page).getByRole('rowheader').first()).toHaveText('102')
    // One row more is refused whole, with the limit named.
    await pickFile(page, `${lines.join('\n')}\n${lock!.device_id},One too many,,,,`)
    await expect(page.getByRole('alert')).toContainText('more than 10,000 codes')
  })
})
