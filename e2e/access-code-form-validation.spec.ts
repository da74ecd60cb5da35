import {
  test,
  expect,
  VIEWER_IN_BERLIN,
  expectNoSidewaysScroll,
  seriousA11yViolations,
} from './support/fixtures'
import {
  plainLock,
  noDialogs,
  capture,
  form,
  chooseLock,
  shot,
  codeNamed,
  openNewCodeForm,
  submitBackToLock,
} from './support/access-code-form'

/**
 * What the form refuses before sending, names shown as plain text, and its axe and overflow
 * checks.
 */

test.use(VIEWER_IN_BERLIN)

test.describe('access code form: input', () => {
  test('bad input on every field gets a message on the field', async ({ page, request }) => {
    const lock = await plainLock(request)
    const dialogs = noDialogs(page)
    const creates = capture(page, 'access_codes/create')
    await page.goto('/access-codes/new')
    const f = form(page)

    // Empty: every required field says so, and focus goes to the first.
    await f.create.click()
    await expect(f.search).toBeFocused()
    await expect(f.search).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Choose at least one device')).toBeVisible()
    await expect(f.name).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText(/Enter a name/)).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
    await shot(page, 'access-code-form-empty-errors-1440')

    await chooseLock(page, lock)
    await expect(page.getByText('Choose at least one device')).toHaveCount(0)

    // 10,000 characters.
    await f.name.fill('x'.repeat(10_000))
    await f.name.blur()
    await expect(page.getByText('Name must be at most 200 characters')).toBeVisible()
    await expect(f.name).toHaveValue('x'.repeat(10_000)) // nothing silently cut off

    // Codes: non-digits, emoji, too short, too long for this lock, 10,000 digits.
    for (const [code, message] of [
      ['12a4', 'Code must contain digits only'],
      ['🔑🔑🔑🔑', 'Code must contain digits only'],
      ['١٢٣٤', 'Code must contain digits only'],
      ['123', 'Code must be at least 4 digits'],
      ['123456789', 'Use 4–8 digits'],
      ['9'.repeat(10_000), 'Code must be at most 9 digits'],
    ] as const) {
      await f.code.fill(code)
      await f.code.blur()
      await expect(f.code).toHaveAttribute('aria-invalid', 'true')
      await expect(page.getByText(message)).toBeVisible()
    }
    await f.code.fill('')

    // Times: empty, end before start, end in the past, a DST-gap local time, an impossible date.
    await f.timeBound.check()
    await f.name.fill('Times test')
    await f.create.click()
    await expect(page.getByText('Enter the start date and time.')).toBeVisible()
    await expect(page.getByText('Enter the end date and time.')).toBeVisible()
    await expect(f.starts).toBeFocused()

    await f.starts.fill('2027-05-10T12:00')
    await f.ends.fill('2027-05-09T12:00')
    await f.create.click()
    await expect(page.getByText('The end must be after the start.')).toBeVisible()
    await expect(f.ends).toBeFocused()

    await f.starts.fill('2020-05-01T12:00')
    await f.ends.fill('2020-05-09T12:00')
    await f.create.click()
    await expect(page.getByText('The end must be in the future.')).toBeVisible()

    // 02:30 on 14 March 2027 does not happen in New York (clocks jump from 02:00 to 03:00).
    await f.starts.fill('2027-03-14T02:30')
    await f.ends.fill('2027-03-20T12:00')
    await f.create.click()
    await expect(
      page.getByText(/02:30 does not exist on 2027-03-14 in America\/New_York/),
    ).toBeVisible()
    await expect(f.starts).toHaveAttribute('aria-invalid', 'true')
    await shot(page, 'access-code-form-dst-gap-1440')

    // 01:30 on 7 November 2027 happens twice in New York: the first is used, and the form says so.
    await f.starts.fill('2027-11-07T01:30')
    await f.ends.fill('2027-11-08T12:00')
    await expect(page.getByText(/happens twice that night.*1:30\s?AM EDT/)).toBeVisible()
    await expect(page.getByText(/02:30 does not exist/)).toHaveCount(0)

    // 30 February / 29 February 2027 typed key by key: the browser cannot hold them (its value
    // stays empty), and the field says the date does not exist rather than that it is missing.
    for (const [field, monthDay, label] of [
      [f.starts, '0230', 'start'],
      [f.ends, '0229', 'end'],
    ] as const) {
      await field.fill('')
      await field.focus()
      await page.keyboard.type(`${monthDay}2027`)
      await page.keyboard.press('Tab')
      await page.keyboard.type('1000AM')
      expect(await field.evaluate((e: HTMLInputElement) => e.validity.badInput)).toBe(true)
      await f.name.focus()
      await expect(
        page.getByText(`Enter a real date and time: that ${label} date does not exist.`),
      ).toBeVisible()
      await expect(field).toHaveAttribute('aria-invalid', 'true')
    }
    // Fixing it clears the message.
    await f.starts.fill('2027-05-10T12:00')
    await expect(page.getByText('that start date does not exist')).toHaveCount(0)

    expect(creates).toHaveLength(0)
    expect(dialogs).toEqual([])
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  test('HTML, script, emoji and right-to-left names are stored and shown as plain text', async ({
    page,
    request,
  }) => {
    const lock = await plainLock(request)
    const dialogs = noDialogs(page)
    const names = [
      '<script>alert(1)</script>',
      '<img src=x onerror="window.__xss=1;alert(2)">',
      '🔑 Guest 🏠 👩‍👩‍👧',
      'ضيف: غرفة ٣ (Room 3)',
    ]
    for (const name of names) {
      const f = await openNewCodeForm(page, lock)
      await f.name.fill(name)
      await submitBackToLock(page, f.create, lock)
      const stored = await codeNamed(request, lock.device_id, name)
      // Reopened, the name is the exact text, in an input, nothing interpreted.
      await page.goto(`/access-codes/${stored.access_code_id}/edit`)
      await expect(form(page).name).toHaveValue(name)
    }
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(dialogs).toEqual([])
  })

  // Saves screenshots for reviewers as it goes.
  test('the create form in both modes has no serious axe violations and no sideways overflow at 1440 and 375 px', async ({
    page,
    request,
  }) => {
    const lock = await plainLock(request)
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 900 })
      await openNewCodeForm(page, lock)
      await form(page).name.fill('Cleaner')
      await shot(page, `access-code-form-ongoing-${width}`)
      await form(page).timeBound.check()
      await form(page).starts.fill('2027-07-15T09:00')
      await form(page).ends.fill('2027-07-18T11:30')
      await shot(page, `access-code-form-time-bound-${width}`)
      expect(await seriousA11yViolations(page)).toEqual([])
      await expectNoSidewaysScroll(page)
    }
  })
})
