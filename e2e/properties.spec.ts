import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { test, expect, sandbox, seriousA11yViolations } from './support/fixtures'
import { sandboxNow, seamData } from './support/seam-data'

/**
 * Properties (locks grouped by location) and the schedule timeline, on the sandbox's default
 * seed: Harborview Lofts (New York), Sunset Terrace Apartments (Los Angeles), Thameside House
 * (London). The browser sits in Berlin, so every time on screen must come from the property's
 * zone, not the viewer's.
 */
test.use({ timezoneId: 'Europe/Berlin' })

type Issue = { error_code?: string; warning_code?: string }
type ApiDevice = {
  device_id: string
  display_name: string
  location?: { location_name?: string; timezone?: string } | null
  properties: { online: boolean }
  errors: Issue[]
  warnings: Issue[]
}
type ApiCode = {
  access_code_id: string
  device_id: string
  name: string | null
  type: string
  status: string
  starts_at?: string | null
  ends_at?: string | null
  errors: Issue[]
  warnings: Issue[]
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const PROPERTY = 'Harborview Lofts'
const PROPERTY_ID = 'harborview-lofts'
const ZONE = 'America/New_York'

const { listDevices, codesOn, createCode } = seamData<ApiDevice, ApiCode>()

/** `YYYY-MM-DD` of `ms` in `zone`. */
const dayIn = (ms: number, zone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms)
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10)
const monday = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7))
/** The instant a wall time happens in `zone` (found by correcting the offset twice). */
function wallInstant(day: string, hhmm: string, zone: string): number {
  const target = Date.parse(`${day}T${hhmm}:00Z`)
  let guess = target
  for (let i = 0; i < 3; i++) {
    const wall = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .format(guess)
      .replace(', ', 'T')
    guess += target - Date.parse(`${wall}:00Z`)
  }
  return guess
}

/**
 * A week ten weeks ahead: seeded stays end within about three weeks, so only the ongoing band
 * and the codes a test creates are drawn there.
 */
async function quietWeek(request: APIRequestContext) {
  const first = monday(dayIn((await sandboxNow(request)) + 70 * DAY, ZONE))
  const start = wallInstant(first, '00:00', ZONE)
  const end = wallInstant(addDays(first, 7), '00:00', ZONE)
  return { first, start, end, url: `/properties/${PROPERTY_ID}?zoom=week&day=${first}` }
}

async function propertyLocks(request: APIRequestContext) {
  const all = await listDevices(request)
  return all.filter((d) => d.location?.location_name === PROPERTY)
}

const laneOf = (page: Page, deviceId: string) =>
  page.getByTestId('lane').filter({ has: page.locator(`[data-device-id="${deviceId}"]`) })

/** Where a bar sits across its track, 0–1. */
async function barFraction(track: Locator, bar: Locator) {
  const t = (await track.boundingBox())!
  const b = (await bar.boundingBox())!
  return { left: (b.x - t.x) / t.width, right: (b.x + b.width - t.x) / t.width }
}

async function screenshots(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  // Lanes, the locks table and the problems are drawn as they come near the viewport: a viewport
  // as tall as the page draws all of them, as a reader scrolling down would see them.
  const viewport = page.viewportSize()!
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.setViewportSize({ width: viewport.width, height })
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  // Beside this run's other output: several checkouts may run this spec on one machine.
  const dir = process.env['E2E_OUTPUT_DIR'] ?? 'test-results'
  await page.screenshot({ path: `${dir}/shots/${name}.png`, fullPage: true })
  await page.setViewportSize(viewport)
}

test.describe('properties', () => {
  test('every lock the API returns is on the overview and on its property page, which pass axe @smoke', async ({
    page,
    request,
  }) => {
    // Works on whatever the backend's seed is (the sandbox's, or Seam's fake): group as the app does.
    const devices = await listDevices(request)
    expect(devices.length).toBeGreaterThan(0)
    const byName = new Map<string, ApiDevice[]>()
    for (const d of devices) {
      const name = d.location?.location_name?.trim() || 'No property'
      byName.set(name, [...(byName.get(name) ?? []), d])
    }
    await page.goto('/properties')
    await expect(page.getByRole('heading', { level: 1, name: 'Properties' })).toBeVisible()
    for (const [name, locks] of byName)
      await expect(page.getByRole('region', { name, exact: true })).toContainText(
        `${locks.length} ${locks.length === 1 ? 'lock' : 'locks'}`,
      )
    expect(await seriousA11yViolations(page)).toEqual([])

    const [name, locks] = [...byName].sort((a, b) => b[1].length - a[1].length)[0]!
    await page
      .getByRole('region', { name, exact: true })
      .getByRole('link', { name, exact: true })
      .click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await expect(page.getByTestId('lane')).toHaveCount(locks.length)
    for (const lock of locks) await expect(laneOf(page, lock.device_id)).toHaveCount(1)
    await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0)
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  test('the overview shows each property with numbers that match the API', async ({
    page,
    request,
  }) => {
    // Settle first: seeded codes mid-removal vanish and pending ones reach the lock, so the
    // numbers read from the API are still true when the page shows them.
    for (const d of (await listDevices(request)).filter((x) => !x.properties.online))
      await sandbox(request, 'devices/set_online', { device_id: d.device_id, online: true })
    await sandbox(request, 'clock/advance', { ms: 11 * 60_000 })
    const devices = await listDevices(request)
    const codes = (await Promise.all(devices.map((d) => codesOn(request, d.device_id)))).flat()
    expect(codes.filter((c) => ['setting', 'removing'].includes(c.status))).toEqual([])
    const names = [...new Set(devices.map((d) => d.location?.location_name ?? 'No property'))]
    // The seed promises three properties in three zones.
    expect(names.sort()).toEqual([PROPERTY, 'Sunset Terrace Apartments', 'Thameside House'])
    expect(new Set(devices.map((d) => d.location?.timezone)).size).toBe(3)

    await page.goto('/properties')
    await expect(page.getByRole('heading', { level: 1, name: 'Properties' })).toBeVisible()
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Properties' }),
    ).toHaveAttribute('aria-current', 'page')
    const now = Date.now()
    for (const name of names) {
      const locks = devices.filter((d) => d.location?.location_name === name)
      const zone = locks[0]!.location!.timezone!
      const ids = new Set(locks.map((d) => d.device_id))
      const own = codes.filter((c) => ids.has(c.device_id))
      const online = locks.filter((d) => d.properties.online).length
      const problems =
        locks.reduce((n, d) => n + d.errors.length + d.warnings.length, 0) +
        own.reduce((n, c) => n + c.errors.length + c.warnings.length, 0)
      const today = dayIn(now, zone)
      const timeBound = own.filter((c) => c.type === 'time_bound')
      const checkIns = timeBound.filter(
        (c) => c.starts_at && dayIn(Date.parse(c.starts_at), zone) === today,
      ).length
      const checkOuts = timeBound.filter(
        (c) => c.ends_at && dayIn(Date.parse(c.ends_at), zone) === today,
      ).length

      const card = page.getByRole('region', { name })
      await expect(card).toContainText(`Access codes (${own.length})`)
      await expect(card).toContainText(`${locks.length} locks`)
      await expect(card).toContainText(`${online} online`)
      await expect(card).toContainText(`${locks.length - online} offline`)
      await expect(card).toContainText(zone)
      await expect(card).toContainText(`Open problems (${problems})`)
      await expect(card).toContainText(`${checkIns} check-in`)
      await expect(card).toContainText(`${checkOuts} check-out`)
      // The status list's numbers add up to the codes on the card.
      const counts = await card
        .getByRole('list', { name: `Access codes at ${name} by status` })
        .getByRole('listitem')
        .allInnerTexts()
      expect(counts.reduce((n, t) => n + Number(t.match(/(\d+)\s*$/)![1]), 0)).toBe(own.length)
    }

    // A severity links into Triage with the property filtered.
    const harbor = page.getByRole('region', { name: PROPERTY })
    const link = harbor.getByRole('link', { name: /problems? at Harborview Lofts: open in Triage/ })
    await link.first().click()
    await expect(page).toHaveURL(/\/triage\?.*property=Harborview(\+|%20)Lofts/)
    await expect(page).toHaveURL(/severity=/)

    for (const [width, height] of [
      [1440, 900],
      [375, 800],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.goto('/properties')
      await expect(page.getByRole('region', { name: PROPERTY })).toContainText('Access codes (')
      await expect(page.getByText('(loading…)')).toHaveCount(0)
      expect(await seriousA11yViolations(page)).toEqual([])
      await screenshots(page, `properties-${width}`)
    }
  })

  test('a property page shows every lock, in the timeline and the table; an unknown id is a friendly not-found', async ({
    page,
    request,
  }) => {
    const locks = await propertyLocks(request)
    await page.goto(`/properties/${PROPERTY_ID}`)
    await expect(page.getByRole('heading', { level: 1, name: PROPERTY })).toBeVisible()
    await expect(page.getByText(`Times in ${ZONE}`)).toBeVisible()
    await expect(page.getByTestId('lane')).toHaveCount(locks.length)
    const table = page.getByRole('table', { name: 'Locks' })
    for (const lock of locks) {
      await expect(laneOf(page, lock.device_id)).toHaveCount(1)
      await expect(table.getByRole('link', { name: lock.display_name })).toBeVisible()
    }
    await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toContainText(
      `${locks.length} of ${locks.length}`,
    )
    await expect(page.getByTestId('now-line')).toBeVisible()
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshots(page, 'property-1440')

    await page.setViewportSize({ width: 375, height: 800 })
    // Narrow: the same stays as a day-by-day agenda.
    await expect(page.getByRole('list', { name: 'Agenda' })).toBeVisible()
    await expect(page.getByTestId('lane')).toHaveCount(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshots(page, 'property-375')

    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto('/properties/nowhere-at-all')
    await expect(page.getByRole('heading', { level: 1, name: 'Property not found' })).toBeVisible()
    await expect(page.getByText('nowhere-at-all')).toBeVisible()
    await page.getByRole('link', { name: 'See all properties' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Properties' })).toBeVisible()
  })

  test('overlapping stays take two sub-lanes; bars sit at their times', async ({
    page,
    request,
  }) => {
    const lock = (await propertyLocks(request)).find((d) => d.properties.online)!
    const week = await quietWeek(request)
    const at = (dayOffset: number, hhmm: string) =>
      wallInstant(addDays(week.first, dayOffset), hhmm, ZONE)
    const iso = (ms: number) => new Date(ms).toISOString()
    const stays = [
      ['E2E stay A', at(0, '15:00'), at(3, '11:00')],
      ['E2E stay B', at(2, '15:00'), at(5, '11:00')], // overlaps A on Wednesday
      ['E2E stay C', at(5, '15:00'), at(6, '11:00')], // after B: back in the first sub-lane
    ] as const
    for (const [name, start, end] of stays)
      await createCode(request, {
        device_id: lock.device_id,
        name,
        starts_at: iso(start),
        ends_at: iso(end),
      })

    await page.goto(week.url)
    const lane = laneOf(page, lock.device_id)
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
    const lock = (await propertyLocks(request)).find((d) => d.properties.online)!
    const week = await quietWeek(request)
    await page.goto(week.url)
    const lane = laneOf(page, lock.device_id)
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
    await expect(page.getByRole('list', { name: 'Chosen locks' })).toContainText(lock.display_name)
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
    expect(created.starts_at).toBe(new Date(wallInstant(tue, '15:00', ZONE)).toISOString())
    expect(created.ends_at).toBe(new Date(wallInstant(thu, '11:00', ZONE)).toISOString())

    await page.goto(week.url)
    const bar = laneOf(page, lock.device_id).getByRole('link', { name: /^E2E dragged stay,/ })
    await expect(bar).toBeVisible()
    const f = await barFraction(track, bar)
    const span = week.end - week.start
    expect(Math.abs(f.left - (wallInstant(tue, '15:00', ZONE) - week.start) / span)).toBeLessThan(
      0.004,
    )
    expect(Math.abs(f.right - (wallInstant(thu, '11:00', ZONE) - week.start) / span)).toBeLessThan(
      0.004,
    )
  })

  test('a bar turns from setting to set without a reload when the sandbox clock moves on', async ({
    page,
    request,
  }) => {
    const lock = (await propertyLocks(request)).find((d) => d.properties.online)!
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
    const lock = (await propertyLocks(request)).find((d) => d.properties.online)!
    const week = await quietWeek(request)
    const at = (d: number, hhmm: string) =>
      new Date(wallInstant(addDays(week.first, d), hhmm, ZONE)).toISOString()
    await createCode(request, {
      device_id: lock.device_id,
      name: 'E2E key one',
      starts_at: at(0, '15:00'),
      ends_at: at(2, '11:00'),
    })
    const second = await createCode(request, {
      device_id: lock.device_id,
      name: 'E2E key two',
      starts_at: at(3, '15:00'),
      ends_at: at(5, '11:00'),
    })
    await page.goto(week.url)
    const lane = laneOf(page, lock.device_id)
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
    await expect(page.getByRole('list', { name: 'Chosen locks' })).toContainText(lock.display_name)
    await expect(page.getByLabel('Starts')).toHaveValue(`${week.first}T15:00`)
    await expect(page.getByLabel('Ends')).toHaveValue(`${addDays(week.first, 1)}T11:00`)
  })

  test('the lock page has the timeline too; zoom and previous/next move the window', async ({
    page,
    request,
  }) => {
    const lock = (await propertyLocks(request)).find((d) => d.properties.online)!
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
