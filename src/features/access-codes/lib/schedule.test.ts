import { describe, expect, it } from 'vitest'
import {
  compactDuration,
  relativeSchedule,
  schedulePhase,
  whenPhrase,
  zoneAbbreviation,
} from './schedule'

const NOW = Date.parse('2026-03-10T14:00:00Z')
const H = 3_600_000
const tb = (start: number, end: number) => ({
  type: 'time_bound' as const,
  starts_at: new Date(NOW + start).toISOString(),
  ends_at: new Date(NOW + end).toISOString(),
})

describe('schedule', () => {
  it('formats compact durations', () => {
    expect(compactDuration(30_000)).toBe('< 1 min')
    expect(compactDuration(45 * 60_000)).toBe('45 min')
    expect(compactDuration(3 * H)).toBe('3 h')
    expect(compactDuration(47 * H)).toBe('47 h')
    expect(compactDuration(50 * H)).toBe('2 d')
  })

  it('says where a code is in its window', () => {
    expect(relativeSchedule({ type: 'ongoing', starts_at: null, ends_at: null }, NOW)).toBe('')
    expect(relativeSchedule(tb(3 * H, 10 * H), NOW)).toBe('starts in 3 h')
    expect(relativeSchedule(tb(-H, 48 * H), NOW)).toBe('ends in 2 d')
    expect(relativeSchedule(tb(-10 * H, -2 * H), NOW)).toBe('ended 2 h ago')
    expect(schedulePhase(tb(-10 * H, 0), NOW).phase).toBe('ended')
  })

  it('survives a bad time zone by using UTC', () => {
    expect(whenPhrase(NOW + H, 'Not/AZone', NOW)).toMatch(/at 3:00\sPM UTC/)
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
