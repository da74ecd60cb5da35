import type { APIRequestContext, Page } from '@playwright/test'
import { test, expect, sandbox, seam, seriousA11yViolations } from './support/fixtures'

/**
 * `/access-codes/import`: a CSV file becomes many access codes, checked row by row first, sent a
 * few at a time, and idempotent (the same file twice creates nothing the second time).
 */

type Device = {
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
type Code = { access_code_id: string; device_id: string; name: string | null; status: string }

const HEADER = 'lock,name,code,starts_at,ends_at,use_backup_access_code_pool'
// Beside the other specs' screenshots (gitignored), for the humans reviewing the change.
const SHOTS = 'e2e/screenshots'

async function devices(request: APIRequestContext): Promise<Device[]> {
  return (await seam<{ devices: Device[] }>(request, 'devices/list')).devices
}

/** Online locks that take any code Seam picks (no constraints to trip over). */
async function plainLocks(request: APIRequestContext, count: number): Promise<Device[]> {
  const found = (await devices(request)).filter(
    (d) =>
      d.properties.online &&
      d.can_program_online_access_codes !== false &&
      (d.properties.code_constraints ?? []).length === 0,
  )
  expect(found.length, `${count} plain online locks`).toBeGreaterThanOrEqual(count)
  return found.slice(0, count)
}

async function codesOn(request: APIRequestContext, deviceIds: string[]): Promise<Code[]> {
  const lists = await Promise.all(
    deviceIds.map((id) =>
      seam<{ access_codes: Code[] }>(request, 'access_codes/list', { device_id: id }),
    ),
  )
  return lists.flatMap((l, i) => l.access_codes.filter((c) => c.device_id === deviceIds[i]))
}

async function pickFile(page: Page, csv: string | Buffer, name = 'codes.csv') {
  await page.getByLabel('CSV file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv,
  })
}

const preview = (page: Page) => page.getByRole('table', { name: /Rows of the file/ })
const row = (page: Page, n: number) =>
  preview(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) })

async function openImport(page: Page) {
  await page.goto('/access-codes/import')
  await expect(page.getByRole('heading', { level: 1, name: 'Import access codes' })).toBeVisible()
  await expect(page.getByLabel('CSV file')).toBeEnabled()
}

/** axe at phone and desktop width, with a screenshot of each (of the card headed `focus`). */
async function axeAtBothWidths(page: Page, shot: string, focus?: RegExp) {
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

/** A CSV cell, quoted when it must be (RFC 4180). */
const cell = (value: string) =>
  /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value

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

  test('a failed row shows Seam’s message and request_id; "Retry failed rows" sends only it', async ({
    page,
    request,
  }) => {
    const [lock] = await plainLocks(request, 1)
    await openImport(page)
    await pickFile(page, `${HEADER}\n${lock!.device_id},First,,,,\n${lock!.device_id},Second,,,,\n`)
    await sandbox(request, 'faults/inject', {
      count: 1,
      status: 500,
      path_prefix: '/access_codes/create',
    })
    const creates: Record<string, unknown>[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/api/access_codes/create'))
        creates.push(r.postDataJSON() as Record<string, unknown>)
    })
    await page.getByRole('button', { name: 'Import 2 codes' }).click()
    const summary = page.getByRole('status').filter({ hasText: '2 rows:' })
    await expect(summary).toContainText('1 created · 1 failed')
    const failed = page.getByRole('row').filter({ hasText: 'Failed' })
    await expect(failed).toContainText(/request_id \S+/)
    await expect(failed.getByRole('button', { name: 'Copy request ID' })).toBeVisible()
    const failedName = (await failed.textContent())!.includes('First') ? 'First' : 'Second'

    await page.getByRole('button', { name: 'Retry failed rows (1)' }).click()
    await expect(summary).toContainText('2 created')
    expect(creates.map((c) => c['name'])).toEqual(
      expect.arrayContaining(['First', 'Second', failedName]),
    )
    expect(creates).toHaveLength(3)
    expect(creates[2]!['name']).toBe(failedName)

    // Each row went through the proxy, so each attempt is in the audit log, the failed one too.
    const { entries } = await seam<{
      entries: { access_code_name: string | null; result: string }[]
    }>(request, '_doorman/audit/list', {
      action: 'access_code.create',
      device_id: lock!.device_id,
    })
    const ours = entries.filter((e) => ['First', 'Second'].includes(e.access_code_name ?? ''))
    expect(ours).toHaveLength(3)
    expect(ours.filter((e) => e.result === 'ok')).toHaveLength(2)
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

  test('Cancel stops the rows not yet sent; "Retry failed rows" sends them later', async ({
    page,
    request,
  }) => {
    const [lock] = await plainLocks(request, 1)
    const lines = [HEADER]
    for (let i = 0; i < 20; i += 1) lines.push(`${lock!.device_id},Slow ${i},,,,`)
    await sandbox(request, 'faults/inject', {
      count: 20,
      latency_ms: 1_000,
      path_prefix: '/access_codes/create',
    })
    const creates: unknown[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/api/access_codes/create')) creates.push(r.postDataJSON())
    })
    await openImport(page)
    await pickFile(page, lines.join('\n'))
    await page.getByRole('button', { name: 'Import 20 codes' }).click()
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'aria-valuenow',
      /^[1-9]/,
    )
    await page.getByRole('button', { name: 'Cancel' }).click()
    const summary = page.getByRole('status').filter({ hasText: '20 rows:' })
    await expect(page.getByText('Import finished')).toBeVisible()
    const sent = creates.length
    expect(sent).toBeLessThan(20)
    await expect(summary).toContainText(`${sent} created · ${20 - sent} cancelled`)
    await expect(row(page, 21)).toContainText('Cancelled: not sent')

    await sandbox(request, 'faults/clear')
    await page.getByRole('button', { name: `Retry failed rows (${20 - sent})` }).click()
    await expect(summary).toContainText('20 created')
    expect(creates).toHaveLength(20)
    const made = (await codesOn(request, [lock!.device_id])).filter((c) =>
      c.name?.startsWith('Slow '),
    )
    expect(made).toHaveLength(20)
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

  test('bad files get a clear message, never a crash', async ({ page }) => {
    await openImport(page)
    const alert = page.getByRole('alert')
    await pickFile(
      page,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'photo.png',
    )
    await expect(alert).toContainText('This is a binary file (an image or a document), not CSV.')
    await pickFile(page, 'lock,name,code\nFront,Guest,1234\n')
    await expect(alert).toContainText('Missing columns: starts_at, ends_at.')
    await pickFile(page, '')
    await expect(alert).toContainText('The file is empty.')
    await pickFile(page, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'))
    await expect(alert).toContainText('This file is over the 5 MB limit.')
    await axeAtBothWidths(page, 'import-bad-file')
    // The page still works after each.
    await pickFile(page, `lock;name;starts_at;ends_at\nNo such lock;Guest;;\n`)
    await expect(alert).toHaveCount(0)
    await expect(page.getByRole('status').filter({ hasText: '1 row:' })).toContainText(
      '1 with problems (not sent)',
    )
  })
})
