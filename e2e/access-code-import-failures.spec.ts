import { test, expect, sandbox, seam } from './support/fixtures'
import {
  HEADER,
  plainLocks,
  codesOn,
  pickFile,
  row,
  openImport,
  axeAtBothWidths,
} from './support/access-code-import'

/**
 * CSV import when things go wrong: a row Seam refuses, a cancelled import, files that are not
 * CSV. Each is retried or explained, never a crash.
 */

test.describe('import access codes from CSV: failures', () => {
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
