import { describe, expect, it } from 'vitest'
import { compactDuration, formatRelativeTime } from './relative'

const H = 3_600_000

describe('compactDuration', () => {
  it('rounds to the largest unit that reads well', () => {
    expect(compactDuration(30_000)).toBe('< 1 min')
    expect(compactDuration(45 * 60_000)).toBe('45 min')
    expect(compactDuration(3 * H)).toBe('3 h')
    expect(compactDuration(47 * H)).toBe('47 h')
    expect(compactDuration(50 * H)).toBe('2 d')
  })
})

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-03-10T12:00:00Z')
  it('says just now, minutes, hours and days', () => {
    expect(formatRelativeTime(now - 10_000, now, 'en')).toBe('just now')
    expect(formatRelativeTime(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago')
    expect(formatRelativeTime(now + 3 * H, now, 'en')).toBe('in 3 hours')
    expect(formatRelativeTime(now - 24 * H, now, 'en')).toBe('yesterday')
    expect(formatRelativeTime('not a date', now)).toBe('')
  })
})
