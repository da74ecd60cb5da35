import type { Locator } from '@playwright/test'
import { test, expect, VIEWER_IN_BERLIN, sandbox, seriousA11yViolations } from './support/fixtures'
import { sandboxNow } from './support/seam-data'
import {
  HOUR,
  DAY,
  PROPERTY_ID,
  ZONE,
  codesOn,
  createCode,
  addDays,
  iso,
  quietWeek,
  onlinePropertyLock,
  laneOf,
  openLane,
  barFraction,
  screenshots,
} from './support/properties'
import { expectLockChosen } from './support/access-code-form'

/**
 * The schedule timeline on a property's page and a lock's page: bars at their times in the
 * property's zone (the browser sits in Berlin), drag to create, live status, the keyboard, zoom.
 */
test.use(VIEWER_IN_BERLIN)

test.describe('properties: timeline', () => {
  test('overlapping stays take two sub-lanes; bars sit at their times', async ({
    page,
    request,
  }) => {
    const lock = await onlinePropertyLock(request)
    const week = await quietWeek(request)
    const stays = [
      ['E2E stay A', week.at(0, '15:00'), week.at(3, '11:00')],
      ['E2E stay B', week.at(2, '15:00'), week.at(5, '11:00')], // overlaps A on Wednesday
      ['E2E stay C', week.at(5, '15:00'), week.at(6, '11:00')], // after B: back in the first sub-lane
    ] as const
    for (const [name, start, end] of stays)
      await createCode(request, {
        device_id: lock.device_id,
        name,
        starts_at: iso(start),
        ends_at: iso(end),
      })

    const lane = await openLane(page, week, lock)
    await expect(lane).toHaveAttribute('data-sublanes', '2')
    const bar = (name: string) => lane.getByRole('link', { name: new RegExp(`^${name},`) })
    await expect(bar('E2E stay A')).toHaveAttribute('data-row', '0')
    await expect(bar('E2E stay B')).toHaveAttribute('data-row', '1')
    await expect(bar('E2E stay C')).toHaveAttribute('data-row', '0')
    // Accessible name: name, window in the lock's zone, status.
    await expect(bar('E2E stay A')).toHaveAccessibleName(
      /^E2E stay A, .*3:00\s?PM EST – .*11:00\s?AM EST, status Scheduled$/,
    )
    // A "no code" gap between B's check-out and C's check-in is not drawn (they are back to back).
    const track = lane.getByTestId('lane-track')
    const span = week.end - week.start
    for (const [name, start, end] of stays) {
      const f = await barFraction(track, bar(name))
      expect(Math.abs(f.left - (start - week.start) / span)).toBeLessThan(0.004)
      expect(Math.abs(f.right - (end - week.start) / span)).toBeLessThan(0.004)
    }
    // The overlap is visible: the two bars overlap in time but not on screen.
    const a = (await bar('E2E stay A').boundingBox())!
    const b = (await bar('E2E stay B').boundingBox())!
    expect(b.x).toBeLessThan(a.x + a.width)
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height)
  })

  test('dragging on a free range opens the create form prefilled; the saved code shows as a bar', async ({
    page,
    request,
  }) => {
    const lock = await onlinePropertyLock(request)
    const week = await quietWeek(request)
    const lane = await openLane(page, week, lock)
    const track = lane.getByTestId('lane-track')
    await expect(track).toBeVisible()
    const box = (await track.boundingBox())!
    const x = (dayOffset: number, hours: number) =>
      box.x + box.width * ((dayOffset * 24 + hours) / (7 * 24))
    const y = box.y + box.height - 10
    // Tuesday 15:30 → Thursday 10:30, snapped outward to whole hours: 15:00 → 11:00.
    await page.mouse.move(x(1, 15.5), y)
    await page.mouse.down()
    await page.mouse.move(x(2, 12), y, { steps: 4 })
    await expect(page.getByTestId('drag-selection')).toBeVisible()
    await page.mouse.move(x(3, 10.5), y, { steps: 4 })
    await page.mouse.up()

    await expect(page).toHaveURL(/\/access-codes\/new\?/)
    await expect(page.getByRole('heading', { level: 1, name: 'New access code' })).toBeVisible()
    await expectLockChosen(page, lock)
    await expect(page.getByRole('radio', { name: /Time-bound/ })).toBeChecked()
    const tue = addDays(week.first, 1)
    const thu = addDays(week.first, 3)
    await expect(page.getByLabel('Starts')).toHaveValue(`${tue}T15:00`)
    await expect(page.getByLabel('Ends')).toHaveValue(`${thu}T11:00`)
    await screenshots(page, 'create-from-drag-1440')

    await page.getByLabel('Name').fill('E2E dragged stay')
    await page.getByRole('button', { name: 'Create access code' }).click()
    await expect(page).toHaveURL(new RegExp(`/properties/${PROPERTY_ID}`))
    const created = (await codesOn(request, lock.device_id)).find(
      (c) => c.name === 'E2E dragged stay',
    )!
    expect(created.starts_at).toBe(iso(week.at(1, '15:00')))
    expect(created.ends_at).toBe(iso(week.at(3, '11:00')))

    const bar = (await openLane(page, week, lock)).getByRole('link', { name: /^E2E dragged stay,/ })
    await expect(bar).toBeVisible()
    const f = await barFraction(track, bar)
    const span = week.end - week.start
    expect(Math.abs(f.left - (week.at(1, '15:00') - week.start) / span)).toBeLessThan(0.004)
    expect(Math.abs(f.right - (week.at(3, '11:00') - week.start) / span)).toBeLessThan(0.004)
  })

  test('a bar turns from setting to set without a reload when the sandbox clock moves on', async ({
    page,
    request,
  }) => {
    const lock = await onlinePropertyLock(request)
    // Offline, the lock cannot take the code yet, so it stays `setting` while the page loads.
    await sandbox(request, 'devices/set_online', { device_id: lock.device_id, online: false })
    const now = await sandboxNow(request)
    await createCode(request, {
      device_id: lock.device_id,
      name: 'E2E live stay',
      starts_at: new Date(now - HOUR).toISOString(),
      ends_at: new Date(now + 2 * DAY).toISOString(),
    })
    await page.goto(`/properties/${PROPERTY_ID}`)
    const bar = laneOf(page, lock.device_id).getByRole('link', { name: /^E2E live stay,/ })
    await expect(bar).toHaveAttribute('data-status', 'setting')
    await expect(bar).toContainText('Setting')
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1))

    await sandbox(request, 'devices/set_online', { device_id: lock.device_id, online: true })
    await sandbox(request, 'clock/advance', { ms: 30_000 })
    await expect(bar).toHaveAttribute('data-status', 'set', { timeout: 20_000 })
    await expect(bar).toContainText('Set')
    await expect(bar).toHaveAccessibleName(/status Set$/)
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1)
  })

  test('keyboard only: move between bars, open one, and pick dates for a new code', async ({
    page,
    request,
  }) => {
    const lock = await onlinePropertyLock(request)
    const week = await quietWeek(request)
    await createCode(request, {
      device_id: lock.device_id,
      name: 'E2E key one',
      starts_at: iso(week.at(0, '15:00')),
      ends_at: iso(week.at(2, '11:00')),
    })
    const second = await createCode(request, {
      device_id: lock.device_id,
      name: 'E2E key two',
      starts_at: iso(week.at(3, '15:00')),
      ends_at: iso(week.at(5, '11:00')),
    })
    const lane = await openLane(page, week, lock)
    const one = lane.getByRole('link', { name: /^E2E key one,/ })
    await expect(one).toBeVisible()

    /** Presses Tab until `target` has focus (at most `max` times). */
    const tabTo = async (target: Locator, max = 200) => {
      const seen: string[] = []
      for (let i = 0; i < max; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return
        await page.keyboard.press('Tab')
        seen.push(
          await page.evaluate(() => {
            const a = document.activeElement
            return `${a?.tagName} ${a?.getAttribute('aria-label') ?? a?.textContent?.slice(0, 30)}`
          }),
        )
      }
      throw new Error(`never reached by Tab; went through:\n${seen.join('\n')}`)
    }
    await tabTo(one)
    // Focus shows the full window and status.
    const tip = page.getByRole('tooltip')
    await expect(tip).toContainText('E2E key one')
    await expect(tip).toContainText(/3:00\s?PM EST/)
    await expect(one).toHaveAttribute('aria-describedby', /.+/)
    await page.keyboard.press('ArrowRight')
    const two = lane.getByRole('link', { name: /^E2E key two,/ })
    await expect(two).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(
      new RegExp(`/access-codes/${second.access_code_id}/edit\\?.*from=property`),
    )
    await expect(page.getByLabel('Name')).toHaveValue('E2E key two')
    await page.goBack()

    await expect(one).toBeVisible()
    const pick = page.getByRole('button', {
      name: new RegExp(`^Pick dates for a new code on .*${lock.display_name.split(' – ')[1]}$`),
    })
    await tabTo(pick)
    await page.keyboard.press('Enter')
    const picker = page.getByRole('form', { name: /New code: pick the lock and the window/ })
    await expect(picker).toBeVisible()
    await expect(picker.getByLabel('Lock')).toBeFocused()
    // Escape closes it and gives focus back to the lane's button, which opens it again.
    await page.keyboard.press('Escape')
    await expect(picker).toBeHidden()
    await expect(pick).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(picker.getByLabel('Lock')).toBeFocused()
    await expect(picker.getByLabel('Starts')).toHaveValue(`${week.first}T15:00`)
    await expect(picker.getByLabel('Ends')).toHaveValue(`${addDays(week.first, 1)}T11:00`)
    await tabTo(picker.getByRole('button', { name: 'Continue' }), 40)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/access-codes\/new\?/)
    await expectLockChosen(page, lock)
    await expect(page.getByLabel('Starts')).toHaveValue(`${week.first}T15:00`)
    await expect(page.getByLabel('Ends')).toHaveValue(`${addDays(week.first, 1)}T11:00`)
  })

  test('the lock page has the timeline too; zoom and previous/next move the window', async ({
    page,
    request,
  }) => {
    const lock = await onlinePropertyLock(request)
    await page.goto(`/devices/${lock.device_id}`)
    const timeline = page.getByRole('region', { name: 'Schedule' })
    await expect(timeline).toContainText(`Times in ${ZONE}`)
    await expect(page.getByTestId('lane')).toHaveCount(1)
    const month = timeline.getByRole('button', { name: 'Month', exact: true })
    await month.click()
    await expect(month).toHaveAttribute('aria-pressed', 'true')
    await expect(page).toHaveURL(/zoom=month/)
    const title = timeline.locator('p[aria-live]')
    const before = await title.innerText()
    await timeline.getByRole('button', { name: 'Next month' }).click()
    await expect(title).not.toHaveText(before)
    await timeline.getByRole('button', { name: 'Previous month' }).click()
    await expect(title).toHaveText(before)
    expect(await seriousA11yViolations(page)).toEqual([])
  })
})
