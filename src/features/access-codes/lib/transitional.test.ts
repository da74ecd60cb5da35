import { describe, expect, it } from 'vitest'
import type { AccessCodeStatus } from '@/api/schemas/access-code'
import {
  POLL_BASE_MS,
  POLL_MAX_MS,
  failureDelay,
  isTransitional,
  nextPollDelay,
} from './transitional'

const NOW = Date.parse('2026-03-10T14:00:00Z')
const MIN = 60_000
const at = (offsetMin: number) => new Date(NOW + offsetMin * MIN).toISOString()
const ongoing = (status: AccessCodeStatus) =>
  ({ status, type: 'ongoing', starts_at: null, ends_at: null }) as const
const timeBound = (status: AccessCodeStatus, startMin: number, endMin: number) =>
  ({ status, type: 'time_bound', starts_at: at(startMin), ends_at: at(endMin) }) as const

describe('isTransitional', () => {
  it('watches setting and removing codes of either type', () => {
    expect(isTransitional(ongoing('setting'), NOW)).toBe(true)
    expect(isTransitional(ongoing('removing'), NOW)).toBe(true)
    expect(isTransitional(timeBound('setting', -5, 60), NOW)).toBe(true)
    expect(isTransitional(timeBound('removing', -60, -5), NOW)).toBe(true)
  })

  it('ignores settled ongoing codes and unknown ones', () => {
    expect(isTransitional(ongoing('set'), NOW)).toBe(false)
    expect(isTransitional(ongoing('unset'), NOW)).toBe(false)
    expect(isTransitional(ongoing('unknown'), NOW)).toBe(false)
    expect(isTransitional(timeBound('unknown', -5, 60), NOW)).toBe(false)
  })

  it('watches an unset time-bound code from 2 minutes before it starts', () => {
    expect(isTransitional(timeBound('unset', 3, 600), NOW)).toBe(false)
    expect(isTransitional(timeBound('unset', 2, 600), NOW)).toBe(true)
    expect(isTransitional(timeBound('unset', 1, 600), NOW)).toBe(true)
    expect(isTransitional(timeBound('unset', -30, 600), NOW)).toBe(true)
    expect(isTransitional(timeBound('unset', 24 * 60, 48 * 60), NOW)).toBe(false)
  })

  it('stops watching an unset code whose window has already ended', () => {
    expect(isTransitional(timeBound('unset', -600, -60), NOW)).toBe(false)
    expect(isTransitional(timeBound('unset', -600, 0), NOW)).toBe(false)
  })

  it('watches a set time-bound code from 2 minutes before it ends', () => {
    expect(isTransitional(timeBound('set', -60, 600), NOW)).toBe(false)
    expect(isTransitional(timeBound('set', -60, 2), NOW)).toBe(true)
    expect(isTransitional(timeBound('set', -60, -1), NOW)).toBe(true)
  })

  it('is safe with missing or malformed times', () => {
    expect(
      isTransitional({ status: 'unset', type: 'time_bound', starts_at: null, ends_at: null }, NOW),
    ).toBe(false)
    expect(
      isTransitional({ status: 'set', type: 'time_bound', starts_at: 'nope', ends_at: 'x' }, NOW),
    ).toBe(false)
  })
})

describe('poll delays', () => {
  it('backs off by 1.5 up to the cap when nothing changes, and resets on change', () => {
    let d = POLL_BASE_MS
    const seen: number[] = []
    for (let i = 0; i < 8; i++) seen.push((d = nextPollDelay(d, false)))
    expect(seen).toEqual([3000, 4500, 6750, 10125, 15000, 15000, 15000, 15000])
    expect(nextPollDelay(POLL_MAX_MS, true)).toBe(POLL_BASE_MS)
  })

  it('backs off after failures and honours Retry-After', () => {
    expect(failureDelay(1)).toBe(POLL_BASE_MS)
    expect(failureDelay(2)).toBe(3000)
    expect(failureDelay(20)).toBe(POLL_MAX_MS)
    expect(failureDelay(1, 7000)).toBe(7000)
    expect(failureDelay(1, 0)).toBe(POLL_BASE_MS)
  })
})
