import { describe, expect, it } from 'vitest'
import { relativeSchedule, schedulePhase } from './schedule'

const NOW = Date.parse('2026-03-10T14:00:00Z')
const H = 3_600_000
const tb = (start: number, end: number) => ({
  type: 'time_bound' as const,
  starts_at: new Date(NOW + start).toISOString(),
  ends_at: new Date(NOW + end).toISOString(),
})

describe('schedule', () => {
  it('says where a code is in its window', () => {
    expect(relativeSchedule({ type: 'ongoing', starts_at: null, ends_at: null }, NOW)).toBe('')
    expect(relativeSchedule(tb(3 * H, 10 * H), NOW)).toBe('starts in 3 h')
    expect(relativeSchedule(tb(-H, 48 * H), NOW)).toBe('ends in 2 d')
    expect(relativeSchedule(tb(-10 * H, -2 * H), NOW)).toBe('ended 2 h ago')
    expect(schedulePhase(tb(-10 * H, 0), NOW).phase).toBe('ended')
  })
})
