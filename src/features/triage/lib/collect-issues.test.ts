import { describe, expect, it } from 'vitest'
import { accessCodeSchema, type AccessCode } from '@/api/schemas/access-code'
import { deviceSchema, type Device } from '@/api/schemas/device'
import {
  collectOccurrences,
  diagnosticsBundle,
  filterAndSortGroups,
  groupOccurrences,
} from './collect-issues'

const device = (id: string, location: string, extra: Partial<Device> = {}): Device =>
  deviceSchema.parse({
    device_id: id,
    device_type: 'august_lock',
    display_name: `Door ${id}`,
    properties: { online: true },
    location: { location_name: location },
    created_at: '2025-01-01T00:00:00Z',
    workspace_id: 'w',
    ...extra,
  })

const code = (id: string, deviceId: string, extra: Partial<AccessCode> = {}): AccessCode =>
  accessCodeSchema.parse({
    access_code_id: id,
    device_id: deviceId,
    name: `Guest ${id}`,
    type: 'ongoing',
    status: 'setting',
    created_at: '2025-01-01T00:00:00Z',
    ...extra,
  })

const delay = (at: string) => ({
  warning_code: 'delay_in_setting_on_device',
  message: 'Delay in setting code on device.',
  created_at: at,
})

const devices = [
  device('d1', 'Harborview', {
    errors: [
      {
        error_code: 'device_offline',
        message: 'Device is offline',
        created_at: '2025-03-01T10:00:00Z',
      },
    ],
  }),
  device('d2', 'Thameside', {
    warnings: [
      { warning_code: 'battery_low', message: 'Battery low', created_at: '2025-03-01T09:00:00Z' },
    ],
  }),
]
const codes = [
  code('c1', 'd1', { warnings: [delay('2025-03-01T10:05:00Z')] }),
  code('c2', 'd1', { warnings: [delay('2025-03-01T10:07:00Z')] }),
  code('c3', 'd2', { warnings: [delay('2025-03-01T08:00:00Z')] }),
  code('c4', 'd2', {
    errors: [{ error_code: 'mystery_failure', message: 'Odd', created_at: '2025-03-02T00:00:00Z' }],
  }),
]

describe('triage grouping', () => {
  const groups = groupOccurrences(collectOccurrences(devices, codes))

  it('groups device and code issues by kind and code, with counts', () => {
    const byKey = Object.fromEntries(groups.map((g) => [g.key, g.occurrences.length]))
    expect(byKey).toEqual({
      'error:device_offline': 1,
      'warning:battery_low': 1,
      'warning:delay_in_setting_on_device': 3,
      'error:mystery_failure': 1,
    })
  })

  it('explains known codes and falls back for unknown ones', () => {
    const delayGroup = groups.find((g) => g.code === 'delay_in_setting_on_device')!
    expect(delayGroup.description.known).toBe(true)
    expect(delayGroup.latestAt).toBe('2025-03-01T10:07:00Z')
    expect(delayGroup.occurrences.map((o) => o.name)).toEqual(['Guest c2', 'Guest c1', 'Guest c3'])
    const mystery = groups.find((g) => g.code === 'mystery_failure')!
    expect(mystery.description.known).toBe(false)
    expect(mystery.description.explanation).toContain('mystery_failure')
  })

  it('sorts by count, recency or severity', () => {
    expect(filterAndSortGroups(groups, { sort: 'count' })[0]!.code).toBe(
      'delay_in_setting_on_device',
    )
    expect(filterAndSortGroups(groups, { sort: 'recent' })[0]!.code).toBe('mystery_failure')
    expect(filterAndSortGroups(groups, { sort: 'severity' })[0]!.code).toBe('device_offline')
  })

  it('filters by property and device, narrowing counts', () => {
    const harbor = filterAndSortGroups(groups, { sort: 'count', property: 'Harborview' })
    expect(harbor.map((g) => [g.code, g.occurrences.length])).toEqual([
      ['delay_in_setting_on_device', 2],
      ['device_offline', 1],
    ])
    const d2 = filterAndSortGroups(groups, { sort: 'count', device: 'd2' })
    expect(d2.flatMap((g) => g.occurrences.map((o) => o.deviceId))).toEqual(['d2', 'd2', 'd2'])
  })

  it('filters to locks without a location ("No property"), and their codes', () => {
    const loose = device('d3', '', {
      location: null,
      errors: [
        { error_code: 'device_offline', message: 'Offline', created_at: '2025-03-01T07:00:00Z' },
      ],
    })
    const blank = device('d4', '   ', {
      warnings: [
        { warning_code: 'battery_low', message: 'Low', created_at: '2025-03-01T07:00:00Z' },
      ],
    })
    const all = groupOccurrences(
      collectOccurrences(
        [...devices, loose, blank],
        [...codes, code('c5', 'd3', { warnings: [delay('2025-03-01T11:00:00Z')] })],
      ),
    )
    const none = filterAndSortGroups(all, { sort: 'count', unassigned: true })
    expect(none.flatMap((g) => g.occurrences.map((o) => `${g.code}@${o.deviceId}`)).sort()).toEqual(
      ['battery_low@d4', 'delay_in_setting_on_device@d3', 'device_offline@d3'],
    )
    // Without the filter every lock's problems count.
    expect(filterAndSortGroups(all, { sort: 'count' }).flatMap((g) => g.occurrences)).toHaveLength(
      9,
    )
  })

  it('filters by severity, kind and code', () => {
    expect(
      filterAndSortGroups(groups, { sort: 'count', kind: 'error' })
        .map((g) => g.code)
        .sort(),
    ).toEqual(['device_offline', 'mystery_failure'])
    expect(
      filterAndSortGroups(groups, { sort: 'count', severity: 'critical' }).map((g) => g.code),
    ).toEqual(['device_offline'])
    expect(filterAndSortGroups(groups, { sort: 'count', code: 'battery_low' })).toHaveLength(1)
  })
})

describe('diagnosticsBundle', () => {
  it('holds the object, its issues, its events and the time, as JSON-safe data', () => {
    const [occurrence] = collectOccurrences(devices, [codes[0]!]).filter(
      (o) => o.subject === 'access_code',
    )
    const events = [
      { event_id: 'e1', event_type: 'access_code.created', occurred_at: '2025-03-01T10:00:00Z' },
    ]
    const bundle = diagnosticsBundle(occurrence!, events, new Date('2025-03-03T00:00:00Z'))
    const roundTrip = JSON.parse(JSON.stringify(bundle)) as typeof bundle
    expect(roundTrip.generated_at).toBe('2025-03-03T00:00:00.000Z')
    expect(roundTrip.object_type).toBe('access_code')
    expect(roundTrip.object_id).toBe('c1')
    expect(roundTrip.warnings[0]).toMatchObject({ warning_code: 'delay_in_setting_on_device' })
    expect(roundTrip.device?.errors[0]).toMatchObject({ error_code: 'device_offline' })
    expect(roundTrip.recent_events).toEqual(events)
  })
})
