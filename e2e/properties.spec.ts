import {
  test,
  expect,
  resultCount,
  VIEWER_IN_BERLIN,
  sandbox,
  seriousA11yViolations,
} from './support/fixtures'
import {
  type ApiDevice,
  PROPERTY,
  PROPERTY_ID,
  ZONE,
  listDevices,
  codesOn,
  dayIn,
  propertyLocks,
  laneOf,
  screenshots,
} from './support/properties'

/**
 * Properties (locks grouped by location): the overview and a property's page, on the sandbox's
 * default seed. The browser sits in Berlin, so every time on screen must come from the property's
 * zone, not the viewer's.
 */
test.use(VIEWER_IN_BERLIN)

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
    await expect(resultCount(page)).toContainText(`${locks.length} of ${locks.length}`)
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
})
