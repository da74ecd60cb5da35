import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { sandboxNow, seamData } from './seam-data'

/**
 * Helpers for the properties specs (e2e/properties*.spec.ts), on the sandbox's default seed:
 * Harborview Lofts (New York), Sunset Terrace Apartments (Los Angeles), Thameside House (London).
 */

type Issue = { error_code?: string; warning_code?: string }
export type ApiDevice = {
  device_id: string
  display_name: string
  location?: { location_name?: string; timezone?: string } | null
  properties: { online: boolean }
  errors: Issue[]
  warnings: Issue[]
}
export type ApiCode = {
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

export const HOUR = 3_600_000
export const DAY = 24 * HOUR
export const PROPERTY = 'Harborview Lofts'
export const PROPERTY_ID = 'harborview-lofts'
export const ZONE = 'America/New_York'

export const { listDevices, codesOn, createCode } = seamData<ApiDevice, ApiCode>()

/** `YYYY-MM-DD` of `ms` in `zone`. */
export const dayIn = (ms: number, zone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms)
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10)
const monday = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7))
/** How far `zone` is ahead of UTC at the instant `ms`, in ms (read from Intl's "GMT-05:00"). */
function offsetAt(ms: number, zone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')!.value
  const m = /^GMT([+-])(\d\d):(\d\d)$/.exec(name) // plain "GMT" is UTC itself
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0
}
/**
 * The instant a wall time happens in `zone`: the same wall time in UTC less the zone's offset,
 * with the offset read again at the result (it differs across a DST change). Worked out apart
 * from the app's own time code, so a test checks that code rather than repeating it.
 */
export function wallInstant(day: string, hhmm: string, zone: string): number {
  const asUtc = Date.parse(`${day}T${hhmm}:00Z`)
  let instant = asUtc
  for (let i = 0; i < 3; i++) instant = asUtc - offsetAt(instant, zone)
  return instant
}

/**
 * A week ten weeks ahead: seeded stays end within about three weeks, so only the ongoing band
 * and the codes a test creates are drawn there.
 */
export async function quietWeek(request: APIRequestContext) {
  const first = monday(dayIn((await sandboxNow(request)) + 70 * DAY, ZONE))
  const start = wallInstant(first, '00:00', ZONE)
  const end = wallInstant(addDays(first, 7), '00:00', ZONE)
  /** The instant of `hhmm` (property time) on the week's day `dayOffset` (0 is the Monday). */
  const at = (dayOffset: number, hhmm: string) => wallInstant(addDays(first, dayOffset), hhmm, ZONE)
  return { first, start, end, at, url: `/properties/${PROPERTY_ID}?zoom=week&day=${first}` }
}

export const iso = (ms: number) => new Date(ms).toISOString()

export async function propertyLocks(request: APIRequestContext) {
  const all = await listDevices(request)
  return all.filter((d) => d.location?.location_name === PROPERTY)
}

/** The first online lock at PROPERTY (a lane a test can draw on). */
export const onlinePropertyLock = async (request: APIRequestContext) =>
  (await propertyLocks(request)).find((d) => d.properties.online)!

export const laneOf = (page: Page, deviceId: string) =>
  page.getByTestId('lane').filter({ has: page.locator(`[data-device-id="${deviceId}"]`) })

/** Opens the property page on `week` (see quietWeek) and returns `lock`'s lane there. */
export async function openLane(page: Page, week: { url: string }, lock: { device_id: string }) {
  await page.goto(week.url)
  return laneOf(page, lock.device_id)
}

/** Where a bar sits across its track, 0–1. */
export async function barFraction(track: Locator, bar: Locator) {
  const t = (await track.boundingBox())!
  const b = (await bar.boundingBox())!
  return { left: (b.x - t.x) / t.width, right: (b.x + b.width - t.x) / t.width }
}

export async function screenshots(page: Page, name: string) {
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
