import { describe, expect, it } from 'vitest'
import { dayLengthHours, dayOf, startOfDayInstant } from '@/lib/time/calendar'
import { findGaps, packLanes } from './lanes'
import { rangeToCreateValues, snapInZone } from './selection'
import { fractionOf, shiftWindow, timeWindow } from './time-window'
import { buildLane, codeInterval } from './timeline-model'

const H = 3_600_000
const at = (iso: string) => Date.parse(iso)

describe('packLanes', () => {
  it('puts overlapping intervals in separate sub-lanes and reuses a free one', () => {
    const a = { id: 'a', start: 0, end: 10 }
    const b = { id: 'b', start: 5, end: 15 } // overlaps a
    const c = { id: 'c', start: 10, end: 20 } // starts when a ends: back to back with a
    const d = { id: 'd', start: 6, end: 8 } // overlaps a and b
    const { packed, rows } = packLanes([c, b, a, d])
    const rowOf = Object.fromEntries(packed.map((p) => [p.item.id, p.row]))
    expect(rows).toBe(3)
    expect(rowOf).toEqual({ a: 0, b: 1, d: 2, c: 0 })
  })

  it('needs one row when nothing overlaps', () => {
    expect(
      packLanes([
        { start: 0, end: 1 },
        { start: 2, end: 3 },
      ]).rows,
    ).toBe(1)
    expect(packLanes([]).rows).toBe(0)
  })
})

describe('findGaps', () => {
  const range = { start: 0, end: 100 }
  it('finds the stretches between consecutive stays, not before the first or after the last', () => {
    expect(
      findGaps(
        [
          { start: 10, end: 20 },
          { start: 30, end: 40 },
          { start: 35, end: 50 }, // overlaps the previous: one merged stay 30–50
          { start: 50, end: 60 }, // back to back: no gap
          { start: 80, end: 90 },
        ],
        range,
      ),
    ).toEqual([
      { start: 20, end: 30 },
      { start: 60, end: 80 },
    ])
  })
  it('clips to the range, keeps a gap spanning the whole range and drops short ones', () => {
    expect(
      findGaps(
        [
          { start: -50, end: -10 },
          { start: 150, end: 200 },
        ],
        range,
      ),
    ).toEqual([range])
    expect(
      findGaps(
        [
          { start: 0, end: 10 },
          { start: 12, end: 20 },
        ],
        range,
        5,
      ),
    ).toEqual([])
  })
})

describe('timeWindow across daylight-saving changes', () => {
  it('a New York day on the spring-forward date lasts 23 hours, its ticks skip nothing real', () => {
    const w = timeWindow('day', '2026-03-08', 'America/New_York')
    expect(w.end - w.start).toBe(23 * H)
    expect(w.start).toBe(at('2026-03-08T05:00:00Z'))
    // 00, 03 (02:00 does not exist but 03:00 does), … 21: eight ticks, all distinct and in order.
    expect(w.ticks.map((t) => t.label)).toEqual([
      '00:00',
      '03:00',
      '06:00',
      '09:00',
      '12:00',
      '15:00',
      '18:00',
      '21:00',
    ])
    expect(w.ticks[1]!.at).toBe(at('2026-03-08T07:00:00Z')) // 03:00 EDT
  })

  it('a London week over the autumn change is 7 days and one hour, midnights in local time', () => {
    const w = timeWindow('week', '2026-10-22', 'Europe/London')
    expect(w.days[0]).toBe('2026-10-19') // Monday; the clocks go back on Sunday the 25th
    expect(w.days).toHaveLength(7)
    expect(w.end - w.start).toBe(7 * 24 * H + H)
    expect(w.ticks.map((t) => dayOf(t.at, 'Europe/London'))).toEqual(w.days)
    expect(dayLengthHours('2026-10-25', 'Europe/London')).toBe(25)
  })

  it('a month runs from the 1st to the 1st, and shifting moves whole windows', () => {
    const w = timeWindow('month', '2026-02-17', 'America/Los_Angeles')
    expect(w.days).toHaveLength(28)
    expect(w.start).toBe(startOfDayInstant('2026-02-01', 'America/Los_Angeles'))
    expect(shiftWindow('month', '2026-01-31', 1)).toBe('2026-02-01')
    expect(shiftWindow('week', '2026-03-04', -1)).toBe('2026-02-23')
    expect(shiftWindow('day', '2026-03-01', -1)).toBe('2026-02-28')
    expect(fractionOf(w.start - 1, w)).toBe(0)
    expect(fractionOf(w.end + 1, w)).toBe(1)
  })
})

describe('rangeToCreateValues', () => {
  it('snaps a dragged range outward to whole hours in the lock zone, either direction', () => {
    const v = rangeToCreateValues({
      deviceId: 'lock-1',
      from: at('2026-06-03T19:40:00Z'), // 15:40 EDT
      to: at('2026-06-01T19:10:00Z'), // 15:10 EDT
      timeZone: 'America/New_York',
      zoom: 'week',
    })
    expect(v).toEqual({
      deviceId: 'lock-1',
      startsAt: '2026-06-01T19:00:00.000Z',
      endsAt: '2026-06-03T20:00:00.000Z',
    })
  })

  it('snaps to local midnights in month zoom, and to :00/:30 local in a 5:45 zone', () => {
    const v = rangeToCreateValues({
      deviceId: 'x',
      from: at('2026-03-07T12:00:00Z'),
      to: at('2026-03-09T12:00:00Z'),
      timeZone: 'America/New_York',
      zoom: 'month',
    })
    expect(v.startsAt).toBe('2026-03-07T05:00:00.000Z') // midnight EST
    expect(v.endsAt).toBe('2026-03-10T04:00:00.000Z') // midnight EDT: the DST day is 23 h
    expect(snapInZone(at('2026-01-01T00:10:00Z'), 'Asia/Kathmandu', 30, 'floor')).toBe(
      at('2025-12-31T23:45:00Z'), // 05:30 in Kathmandu (UTC+5:45)
    )
  })

  it('a click without a drag still gives a window one step long', () => {
    const t = at('2026-06-01T12:00:00Z')
    const v = rangeToCreateValues({ deviceId: 'x', from: t, to: t, timeZone: 'UTC', zoom: 'day' })
    expect(v).toEqual({
      deviceId: 'x',
      startsAt: '2026-06-01T12:00:00.000Z',
      endsAt: '2026-06-01T12:30:00.000Z',
    })
  })
})

describe('buildLane', () => {
  const code = (id: string, start: string | null, end: string | null, type = 'time_bound') => ({
    id,
    type: type as 'time_bound' | 'ongoing',
    starts_at: start,
    ends_at: end,
    created_at: '2026-01-01T00:00:00Z',
  })
  it('packs visible windows, bands the ongoing ones and reports gaps between stays', () => {
    const range = { start: at('2026-06-01T00:00:00Z'), end: at('2026-06-08T00:00:00Z') }
    const lane = buildLane(
      [
        code('a', '2026-06-01T15:00:00Z', '2026-06-03T11:00:00Z'),
        code('b', '2026-06-02T15:00:00Z', '2026-06-04T11:00:00Z'),
        code('c', '2026-06-06T15:00:00Z', '2026-06-09T11:00:00Z'),
        code('old', '2026-05-01T15:00:00Z', '2026-05-03T11:00:00Z'),
        code('ongoing', null, null, 'ongoing'),
      ],
      range,
    )
    expect(lane.bars.map((b) => [b.code.id, b.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ])
    expect(lane.rows).toBe(2)
    expect(lane.ongoing.map((c) => c.id)).toEqual(['ongoing'])
    expect(lane.gaps).toEqual([
      { start: range.start, end: at('2026-06-01T15:00:00Z') }, // after "old", before "a"
      { start: at('2026-06-04T11:00:00Z'), end: at('2026-06-06T15:00:00Z') },
    ])
    expect(codeInterval(code('x', null, '2026-01-02T00:00:00Z'))).toEqual({
      start: at('2026-01-01T00:00:00Z'),
      end: at('2026-01-02T00:00:00Z'),
    })
  })
})
