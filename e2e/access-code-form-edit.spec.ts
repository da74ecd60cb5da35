import { test, expect, VIEWER_IN_BERLIN, seam, seriousA11yViolations } from './support/fixtures'
import {
  type Code,
  plainLock,
  capture,
  form,
  getCode,
  shot,
  submitBackToLock,
} from './support/access-code-form'

/**
 * Editing a code with the form: what each change sends to Seam.
 */

test.use(VIEWER_IN_BERLIN)

test.describe('access code form: edit', () => {
  test('converts ongoing → time-bound → ongoing, sending only what Seam’s “Modifying access codes” page asks for', async ({
    page,
    request,
  }) => {
    const lock = await plainLock(request)
    const { access_code } = await seam<{ access_code: Code }>(request, 'access_codes/create', {
      device_id: lock.device_id,
      name: 'Dog walker',
    })
    const updates = capture(page, 'access_codes/update')
    const edit = `/access-codes/${access_code.access_code_id}/edit?from=device`
    const f = form(page)

    await page.goto(edit)
    await expect(page.getByRole('heading', { level: 1, name: 'Edit access code' })).toBeVisible()
    await expect(f.name).toHaveValue('Dog walker')
    // The PIN is withheld from the page: the field is blank, and blank keeps it.
    await expect(f.code).toHaveValue('')
    await expect(page.getByText(/The current code is hidden; leave blank to keep it/)).toBeVisible()
    await expect(f.ongoing).toBeChecked()
    await f.timeBound.check()
    await f.starts.fill('2027-01-10T08:00') // EST
    await f.ends.fill('2027-01-20T18:00')
    await submitBackToLock(page, f.save, lock)
    expect(updates.at(-1)).toEqual({
      access_code_id: access_code.access_code_id,
      starts_at: '2027-01-10T13:00:00.000Z',
      ends_at: '2027-01-20T23:00:00.000Z',
    })
    expect(await getCode(request, access_code.access_code_id)).toMatchObject({
      type: 'time_bound',
      starts_at: '2027-01-10T13:00:00.000Z',
      ends_at: '2027-01-20T23:00:00.000Z',
      name: 'Dog walker',
      code: access_code.code,
    })

    // Reopen: the stored times come back as lock wall times; move only the end.
    await page.goto(edit)
    await expect(f.timeBound).toBeChecked()
    await expect(f.starts).toHaveValue('2027-01-10T08:00')
    await expect(f.ends).toHaveValue('2027-01-20T18:00')
    await f.ends.fill('2027-01-21T18:00')
    await submitBackToLock(page, f.save, lock)
    expect(updates.at(-1)).toEqual({
      access_code_id: access_code.access_code_id,
      ends_at: '2027-01-21T23:00:00.000Z',
    })

    await page.goto(edit)
    await expect(page.getByText('Status')).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
    await shot(page, 'access-code-form-edit-time-bound-1440')
    await f.ongoing.check()
    await expect(f.starts).toHaveCount(0)
    await submitBackToLock(page, f.save, lock)
    expect(updates.at(-1)).toEqual({ access_code_id: access_code.access_code_id, type: 'ongoing' })
    const back = await getCode(request, access_code.access_code_id)
    expect(back.type).toBe('ongoing')
    expect(back.starts_at ?? null).toBeNull()
    expect(back.ends_at ?? null).toBeNull()
    expect(updates).toHaveLength(3)
  })
})
