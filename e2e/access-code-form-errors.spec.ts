import { test, expect, VIEWER_IN_BERLIN, sandbox, seriousA11yViolations } from './support/fixtures'
import {
  plainLock,
  codesOn,
  codeNamed,
  form,
  shot,
  expectLockChosen,
  openNewCodeForm,
} from './support/access-code-form'

/**
 * Server errors on save: a 409 lands on its field, a 500 keeps the input for a retry.
 */

test.use(VIEWER_IN_BERLIN)

test.describe('access code form: server errors', () => {
  test('a code already on the lock: the 409 lands on the code field and the input is kept', async ({
    page,
    request,
  }) => {
    const lock = await plainLock(request)
    const taken = (
      await codesOn(request, lock.device_id, (c) => c.status === 'set' && c.type === 'ongoing')
    ).find((c) => c.code)!
    expect(taken).toBeTruthy()
    await page.goto(`/access-codes/new?deviceId=${lock.device_id}`)
    const f = form(page)
    await expectLockChosen(page, lock)
    await f.name.fill('Second guest')
    await f.code.fill(taken.code!)
    await f.timeBound.check()
    await f.starts.fill('2027-02-01T15:00')
    await f.ends.fill('2027-02-03T11:00')
    await f.create.click()

    await expect(f.code).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText(`Code ${taken.code} is already in use`)).toBeVisible()
    const described = await f.code.getAttribute('aria-describedby')
    expect(await page.locator(`[id="${described!.split(' ').at(-1)}"]`).textContent()).toContain(
      'already in use',
    )
    await expect(f.code).toBeFocused()
    await expect(page.getByRole('alert')).toContainText('Request ID')
    // Everything typed is still there.
    await expect(f.name).toHaveValue('Second guest')
    await expect(f.code).toHaveValue(taken.code!)
    await expect(f.starts).toHaveValue('2027-02-01T15:00')
    await expect(f.ends).toHaveValue('2027-02-03T11:00')
    await expect(page).toHaveURL(/\/access-codes\/new/)
    expect(await seriousA11yViolations(page)).toEqual([])
    await shot(page, 'access-code-form-server-error-1440')
    await page.setViewportSize({ width: 375, height: 800 })
    await shot(page, 'access-code-form-server-error-375')
  })

  test('a 500 on save keeps the input and a retry creates exactly one code', async ({
    page,
    request,
  }) => {
    const lock = await plainLock(request)
    const f = await openNewCodeForm(page, lock)
    await f.name.fill('Plumber')
    await f.code.fill('4862')
    await sandbox(request, 'faults/inject', {
      status: 500,
      count: 1,
      path_prefix: '/access_codes/create',
    })
    await f.create.click()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Could not create the access code')
    await expect(alert).toContainText(/Request ID/)
    await expect(alert.getByRole('button', { name: 'Copy request ID' })).toBeVisible()
    await expect(f.name).toHaveValue('Plumber')
    await expect(f.code).toHaveValue('4862')
    await expect(f.create).toBeEnabled()
    expect(await codesOn(request, lock.device_id, (c) => c.name === 'Plumber')).toHaveLength(0)

    await f.create.click()
    await expect(page).toHaveURL(new RegExp(`/devices/${lock.device_id}$`))
    expect(await codeNamed(request, lock.device_id, 'Plumber')).toMatchObject({ code: '4862' })
  })
})
