import { describe, expect, it } from 'vitest'
import type { Device } from '@/api/schemas/device'
import { buildAccessCode } from '@/testing/access-code-factory'
import {
  groupProperties,
  NO_PROPERTY_ID,
  propertyProblems,
  slugify,
  summarizeProperty,
  triageFilterOf,
} from './properties'

const device = (
  id: string,
  location: Device['location'],
  extra: Partial<Device> & { online?: boolean } = {},
): Device => {
  const { online = true, ...rest } = extra
  return {
    device_id: id,
    device_type: 'august_lock',
    display_name: `Lock ${id}`,
    properties: { online },
    location,
    capabilities_supported: [],
    errors: [],
    warnings: [],
    created_at: '2026-01-01T00:00:00Z',
    workspace_id: 'ws',
    ...rest,
  }
}

describe('groupProperties', () => {
  it('keeps an all-digit property id a string, and points Triage at its name or at "no location"', () => {
    const [digits, none] = groupProperties([
      device('a', { location_name: '1200', timezone: 'Europe/London' }),
      device('b', null),
    ])
    expect(digits!.id).toBe('1200')
    expect(typeof digits!.id).toBe('string')
    expect(triageFilterOf(digits!)).toEqual({ property: '1200' })
    expect(triageFilterOf(none!)).toEqual({ unassigned: true })
  })

  it('groups by location name, sorted, with "No property" last and unique slug ids', () => {
    const props = groupProperties([
      device('a', { location_name: 'Thameside House', timezone: 'Europe/London' }),
      device('b', null),
      device('c', { location_name: 'Harborview Lofts', timezone: 'America/New_York' }),
      device('d', { location_name: 'Harborview  Lofts!', timezone: 'America/New_York' }),
      device('e', { location_name: 'Thameside House', timezone: 'Europe/London' }),
      device('f', { timezone: 'Europe/Paris' }),
    ])
    expect(props.map((p) => [p.id, p.name, p.devices.map((d) => d.device_id)])).toEqual([
      // Both slug to harborview-lofts: the first in name order keeps it.
      ['harborview-lofts', 'Harborview  Lofts!', ['d']],
      ['harborview-lofts-2', 'Harborview Lofts', ['c']],
      ['thameside-house', 'Thameside House', ['a', 'e']],
      [NO_PROPERTY_ID, 'No property', ['b', 'f']],
    ])
    expect(props[2]!.timeZone).toBe('Europe/London')
    expect(props[3]!.unassigned).toBe(true)
    expect(slugify('Café Ünïon – 5th')).toBe('cafe-union-5th')
  })
})

describe('summarizeProperty', () => {
  const zone = 'America/Los_Angeles'
  const lockA = device(
    'a',
    { location_name: 'Sunset', timezone: zone },
    {
      online: false,
      errors: [
        {
          error_code: 'device_offline',
          message: 'Device is offline',
          created_at: '2026-06-01T00:00:00Z',
        },
      ],
    },
  )
  const lockB = device('b', { location_name: 'Sunset', timezone: zone })
  const [property] = groupProperties([lockA, lockB])
  // 1 June 2026, 23:30 in Los Angeles = 2 June 06:30 UTC: "today" is 1 June at the property.
  const now = Date.parse('2026-06-02T06:30:00Z')

  it('counts locks, codes, problems and today’s check-ins/outs in the property zone', () => {
    const codes = [
      buildAccessCode({
        access_code_id: '1',
        device_id: 'a',
        type: 'time_bound',
        starts_at: '2026-06-01T22:00:00Z', // 15:00 on 1 June in LA: today
        ends_at: '2026-06-03T18:00:00Z',
      }),
      buildAccessCode({
        access_code_id: '2',
        device_id: 'b',
        type: 'time_bound',
        starts_at: '2026-05-29T22:00:00Z',
        ends_at: '2026-06-02T05:00:00Z', // 22:00 on 1 June in LA (already 2 June in UTC): today
        warnings: [
          {
            warning_code: 'delay_in_setting_on_device',
            message: 'slow',
            created_at: '2026-06-01T00:00:00Z',
          },
        ],
      }),
      buildAccessCode({
        access_code_id: '3',
        device_id: 'b',
        type: 'time_bound',
        starts_at: '2026-06-02T08:00:00Z', // 2 June 01:00 in LA: tomorrow
        ends_at: '2026-06-04T18:00:00Z',
      }),
      buildAccessCode({
        access_code_id: '4',
        device_id: 'a',
        type: 'time_bound',
        starts_at: '2026-05-30T22:00:00Z',
        ends_at: '2026-06-01T20:00:00Z', // 13:00 on 1 June in LA: today (1 June in UTC: not)
      }),
      buildAccessCode({ access_code_id: 'elsewhere', device_id: 'zzz' }),
    ]
    const s = summarizeProperty(property!, codes, now, 'UTC')
    expect(s.locks).toEqual({ total: 2, online: 1, offline: 1 })
    expect(s.codes).toBe(4)
    expect(s.checkIns).toBe(1)
    expect(s.checkOuts).toBe(2)
    expect(s.problemsTotal).toBe(2)
    expect(s.problems.critical + s.problems.high).toBe(1) // device_offline is an error
    expect(s.timeZone).toBe(zone)
    expect(propertyProblems(property!, codes).map((p) => [p.kind, p.accessCodeId])).toEqual([
      ['error', undefined],
      ['warning', '2'],
    ])
  })
})
