import { describe, expect, it } from 'vitest'
import {
  describeDateTime,
  formatDateTime,
  formatInZone,
  whenPhrase,
  zoneAbbreviation,
} from './format'
import { lockTimeZone, viewerTimeZone } from './zones'

const H = 3_600_000

describe('lockTimeZone (one policy for a lock without a zone)', () => {
  it('keeps a known zone and uses the viewer’s for a missing or unknown one', () => {
    expect(lockTimeZone('America/Chicago', 'Europe/Paris')).toBe('America/Chicago')
    expect(lockTimeZone(undefined, 'Europe/Paris')).toBe('Europe/Paris')
    expect(lockTimeZone(null, 'Europe/Paris')).toBe('Europe/Paris')
    expect(lockTimeZone('Not/AZone', 'Europe/Paris')).toBe('Europe/Paris')
    expect(lockTimeZone('')).toBe(viewerTimeZone())
  })

  it('is what every formatter falls back to, never UTC unless the viewer is in UTC', () => {
    const ms = Date.parse('2026-03-10T15:00:00Z')
    const viewer = viewerTimeZone()
    expect(formatDateTime(ms, 'Not/AZone')).toBe(formatDateTime(ms, viewer))
    expect(zoneAbbreviation(ms, undefined)).toBe(zoneAbbreviation(ms, viewer))
    expect(whenPhrase(ms + H, 'Not/AZone', ms)).toBe(whenPhrase(ms + H, viewer, ms))
  })
})

describe('formatDateTime', () => {
  const ms = Date.parse('2026-07-01T19:30:05Z')
  it('shapes one instant as asked, in the given zone', () => {
    const zone = 'America/Los_Angeles'
    expect(formatDateTime(ms, zone, { locale: 'en-US' })).toBe('Jul 1, 2026, 12:30 PM')
    expect(formatDateTime(ms, zone, { locale: 'en-US', zoneName: true, seconds: true })).toBe(
      'Jul 1, 2026, 12:30:05 PM PDT',
    )
    // The year only when it is not now's.
    expect(formatDateTime(ms, zone, { locale: 'en-US', now: ms })).toBe('Jul 1, 12:30 PM')
    expect(formatDateTime(ms, zone, { locale: 'en-US', now: ms + 365 * 24 * H })).toBe(
      'Jul 1, 2026, 12:30 PM',
    )
    expect(formatDateTime('garbage', zone)).toBe('')
  })

  it('names the zone in formatInZone so two readings of one instant can be told apart', () => {
    const t = Date.parse('2026-07-15T13:00:00Z')
    expect(formatInZone(t, 'America/New_York', 'en-US')).toMatch(/9:00\s?AM EDT/)
    expect(formatInZone(t, 'Europe/London', 'en-GB')).toMatch(/14:00 BST/)
  })
})

describe('zoneAbbreviation', () => {
  it('names the zone on either side of a DST change, asked repeatedly (cached)', () => {
    const springForward = Date.parse('2026-03-08T07:00:00Z') // 2:00 EST → 3:00 EDT
    for (let i = 0; i < 2; i++) {
      expect(zoneAbbreviation(springForward - 60_000, 'America/New_York')).toBe('EST')
      expect(zoneAbbreviation(springForward, 'America/New_York')).toBe('EDT')
      expect(zoneAbbreviation(springForward, 'Europe/London')).toBe('GMT')
    }
  })
})

describe('whenPhrase', () => {
  const now = Date.parse('2026-03-10T14:00:00Z')
  it('says the time alone today and the date otherwise, with the zone’s name', () => {
    expect(whenPhrase(now + H, 'UTC', now)).toMatch(/^at 3:00\sPM UTC$/)
    expect(whenPhrase(now + 48 * H, 'UTC', now)).toMatch(/^on Mar 12, 2:00\sPM UTC$/)
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
  })
})
