import { describe, expect, it } from 'vitest'
import { batteryInfo } from './battery'
import { describeDateTime, formatDateTime } from './date-time'
import { formatRelativeTime } from './relative-time'

describe('batteryInfo', () => {
  it.each([
    [0.05, 'critical', '5% · Critical'],
    [0.099, 'critical', '9% · Critical'],
    [0.1, 'low', '10% · Low'],
    [0.249, 'low', '24% · Low'],
    [0.29, 'ok', '29%'],
    [0.25, 'ok', '25%'],
    [1, 'ok', '100%'],
  ])('level %s is %s', (level, state, label) => {
    expect(batteryInfo({ battery_level: level })).toMatchObject({ state, label })
  })

  it('falls back to battery.level and reports unknown when missing', () => {
    expect(batteryInfo({ battery: { level: 0.2 } }).state).toBe('low')
    expect(batteryInfo({})).toEqual({
      state: 'unknown',
      level: undefined,
      percent: undefined,
      label: 'Unknown',
    })
  })
})

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-03-10T12:00:00Z')
  it('says just now, minutes, hours and days', () => {
    expect(formatRelativeTime(now - 10_000, now, 'en')).toBe('just now')
    expect(formatRelativeTime(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago')
    expect(formatRelativeTime(now + 3 * 3600_000, now, 'en')).toBe('in 3 hours')
    expect(formatRelativeTime(now - 24 * 3600_000, now, 'en')).toBe('yesterday')
    expect(formatRelativeTime('not a date', now)).toBe('')
  })
})

describe('describeDateTime', () => {
  const instant = '2026-07-01T19:30:00Z'
  it('shows the place’s zone and puts the viewer’s zone in the title', () => {
    const d = describeDateTime(instant, 'America/Los_Angeles', {
      viewerZone: 'Europe/London',
      locale: 'en-US',
    })!
    expect(d.label).toBe('Jul 1, 2026, 12:30 PM PDT')
    expect(d.title).toContain('8:30 PM')
    expect(d.title).toContain('Europe/London')
    expect(d.title).toContain('America/Los_Angeles')
    expect(d.dateTime).toBe('2026-07-01T19:30:00.000Z')
  })

  it('uses the viewer’s zone when the place has none or an unknown one', () => {
    const d = describeDateTime(instant, 'Not/AZone', { viewerZone: 'UTC', locale: 'en-US' })!
    expect(d.label).toBe('Jul 1, 2026, 7:30 PM UTC')
    expect(d.timeZone).toBe('UTC')
    expect(describeDateTime(undefined)).toBeUndefined()
    expect(formatDateTime('garbage')).toBe('')
  })
})
