import { describe, expect, it } from 'vitest'
import { instantToWallTime, wallTimeToInstant, zoneOffsetMs } from './zoned-time'
import { isValidTimeZone } from './zones'

const iso = (ms: number) => new Date(ms).toISOString()
function instant(wall: string, zone: string): string {
  const r = wallTimeToInstant(wall, zone)
  if (!r.ok) throw new Error(`expected ${wall} in ${zone} to exist, got ${r.reason}`)
  return iso(r.epochMs)
}

describe('wallTimeToInstant', () => {
  it('converts ordinary times with the zone offset of that date', () => {
    expect(instant('2026-01-15T09:00', 'America/New_York')).toBe('2026-01-15T14:00:00.000Z') // EST −5
    expect(instant('2026-07-15T09:00', 'America/New_York')).toBe('2026-07-15T13:00:00.000Z') // EDT −4
    expect(instant('2026-07-15T09:00', 'Europe/London')).toBe('2026-07-15T08:00:00.000Z') // BST +1
    expect(instant('2026-01-15T09:00', 'Europe/London')).toBe('2026-01-15T09:00:00.000Z')
    expect(instant('2026-07-15T09:00', 'America/Los_Angeles')).toBe('2026-07-15T16:00:00.000Z')
    expect(instant('2026-07-15T09:00', 'UTC')).toBe('2026-07-15T09:00:00.000Z')
    expect(instant('2026-07-15T09:00', 'Asia/Kolkata')).toBe('2026-07-15T03:30:00.000Z') // +5:30
    expect(instant('2026-07-15T09:00:30', 'UTC')).toBe('2026-07-15T09:00:30.000Z')
  })

  it('handles times right before and after a spring-forward change', () => {
    expect(instant('2026-03-08T01:59', 'America/New_York')).toBe('2026-03-08T06:59:00.000Z')
    expect(instant('2026-03-08T03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z')
    expect(instant('2026-03-29T00:59', 'Europe/London')).toBe('2026-03-29T00:59:00.000Z')
    expect(instant('2026-03-29T02:00', 'Europe/London')).toBe('2026-03-29T01:00:00.000Z')
  })

  it('reports a wall time skipped by a DST change as a gap', () => {
    const gaps = [
      ['2026-03-08T02:30', 'America/New_York'],
      ['2026-03-08T02:00', 'America/New_York'],
      ['2026-03-29T01:30', 'Europe/London'],
      ['2026-03-08T02:30', 'America/Los_Angeles'],
    ] as const
    for (const [wall, zone] of gaps)
      expect(wallTimeToInstant(wall, zone), `${wall} ${zone}`).toEqual({ ok: false, reason: 'gap' })
    // The same wall time on another day, or in a zone without DST, is fine.
    expect(wallTimeToInstant('2026-03-09T02:30', 'America/New_York').ok).toBe(true)
    expect(wallTimeToInstant('2026-03-08T02:30', 'UTC').ok).toBe(true)
  })

  it('resolves a repeated (fall-back) wall time to the earlier instant and says so', () => {
    const r = wallTimeToInstant('2026-11-01T01:30', 'America/New_York')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(iso(r.epochMs)).toBe('2026-11-01T05:30:00.000Z') // 01:30 EDT
    expect(r.ambiguous).not.toBe(false)
    if (r.ambiguous) expect(iso(r.ambiguous.later)).toBe('2026-11-01T06:30:00.000Z') // 01:30 EST
    const london = wallTimeToInstant('2026-10-25T01:15', 'Europe/London')
    expect(london.ok && london.ambiguous).toBeTruthy()
    // Just outside the overlap there is exactly one answer.
    const after = wallTimeToInstant('2026-11-01T02:00', 'America/New_York')
    expect(after.ok && after.ambiguous).toBe(false)
  })

  it('rejects malformed and impossible input', () => {
    for (const bad of [
      '',
      'tomorrow',
      '2026-07-15',
      '2026-7-15T09:00',
      '2026-07-15 09:00',
      '<script>',
    ]) {
      expect(wallTimeToInstant(bad, 'UTC')).toEqual({ ok: false, reason: 'malformed' })
    }
    for (const bad of [
      '2026-02-30T10:00',
      '2026-02-29T10:00',
      '2026-13-01T10:00',
      '2026-04-31T00:00',
      '2026-07-15T24:00',
      '2026-07-15T10:60',
      '2026-00-10T10:00',
    ]) {
      expect(wallTimeToInstant(bad, 'UTC')).toEqual({ ok: false, reason: 'impossible' })
    }
    expect(wallTimeToInstant('2028-02-29T10:00', 'UTC').ok).toBe(true) // leap year
  })

  it('rejects an unknown zone', () => {
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(wallTimeToInstant('2026-07-15T09:00', 'Mars/Olympus_Mons')).toEqual({
      ok: false,
      reason: 'invalid_zone',
    })
  })
})

describe('instantToWallTime', () => {
  it('is the inverse of wallTimeToInstant outside gaps', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'UTC']) {
      for (const wall of [
        '2026-01-15T09:00',
        '2026-07-15T23:45',
        '2026-03-08T03:00',
        '2026-12-31T00:00',
      ]) {
        expect(instantToWallTime(instant(wall, zone), zone)).toBe(wall)
      }
    }
  })

  it('shows both instants of a repeated hour as the same wall time and truncates to minutes', () => {
    expect(instantToWallTime('2026-11-01T05:30:00Z', 'America/New_York')).toBe('2026-11-01T01:30')
    expect(instantToWallTime('2026-11-01T06:30:00Z', 'America/New_York')).toBe('2026-11-01T01:30')
    expect(instantToWallTime('2026-07-15T13:00:59.999Z', 'America/New_York')).toBe(
      '2026-07-15T09:00',
    )
  })
})

describe('zoneOffsetMs', () => {
  it('follows DST', () => {
    const hour = 3_600_000
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-5 * hour)
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * hour)
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * hour)
  })
})
