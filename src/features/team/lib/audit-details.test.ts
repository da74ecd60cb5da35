import { describe, expect, it } from 'vitest'
import { describeDetails, detailsText, fieldLabel, formatValue } from './audit-details'

const time = (iso: string) => `T(${new Date(iso).toISOString()})`

describe('describeDetails', () => {
  it('lists only the fields an update changed, before → after, in a stable order', () => {
    const lines = describeDetails(
      {
        before: {
          name: 'Guest',
          type: 'time_bound',
          starts_at: '2026-12-01T15:00:00.000Z',
          ends_at: '2026-12-03T11:00:00.000Z',
          is_one_time_use: false,
        },
        after: {
          name: 'Guest (late checkout)',
          type: 'time_bound',
          // The same instant written differently is not a change.
          starts_at: '2026-12-01T15:00:00Z',
          ends_at: '2026-12-03T14:00:00.000Z',
          is_one_time_use: false,
        },
        code_changed: false,
      },
      time,
    )
    expect(lines).toEqual([
      {
        kind: 'change',
        field: 'name',
        label: 'Name',
        before: 'Guest',
        after: 'Guest (late checkout)',
      },
      {
        kind: 'change',
        field: 'ends_at',
        label: 'Ends',
        before: 'T(2026-12-03T11:00:00.000Z)',
        after: 'T(2026-12-03T14:00:00.000Z)',
      },
    ])
  })

  it('says the PIN changed without ever showing one, and words a switch to ongoing', () => {
    const lines = describeDetails(
      {
        before: { type: 'time_bound', starts_at: '2026-12-01T15:00:00.000Z', ends_at: null },
        after: { type: 'ongoing', starts_at: null, ends_at: null },
        code_changed: true,
      },
      time,
    )
    expect(detailsText(lines)).toBe(
      'Type: Time-bound → Ongoing; Starts: T(2026-12-01T15:00:00.000Z) → none; PIN: changed',
    )
  })

  it('lists what a create set, skipping empty fields', () => {
    const lines = describeDetails(
      { after: { name: 'Cleaner', type: 'ongoing', starts_at: null }, code_chosen: false },
      time,
    )
    expect(detailsText(lines)).toBe('Name: Cleaner; Type: Ongoing; PIN: chosen by Seam')
  })

  it('words account changes and other recorded facts', () => {
    expect(detailsText(describeDetails({ email: 'ana@example.com', role: 'manager' }, time))).toBe(
      'Account: ana@example.com; Role: manager',
    )
    expect(detailsText(describeDetails({ email: 'bo@example.com', disabled: true }, time))).toBe(
      'Account: bo@example.com; Disabled: yes',
    )
    expect(
      detailsText(
        describeDetails({ backup_access_code_id: 'ac_1', backup_name: 'Backup 1' }, time),
      ),
    ).toBe('Backup code ID: ac_1; Backup code: Backup 1')
    expect(detailsText(describeDetails({ ms: 7_200_000 }, time))).toBe('Advanced by: 2 h')
    expect(detailsText(describeDetails({ device_ids: ['a', 'b'], some_flag: 1 }, time))).toBe(
      'Locks: a, b; Some flag: 1',
    )
  })

  it('has nothing to say without details', () => {
    expect(describeDetails(null, time)).toEqual([])
    expect(describeDetails(undefined, time)).toEqual([])
    expect(describeDetails({ before: { name: 'Same' }, after: { name: 'Same' } }, time)).toEqual([])
  })
})

describe('formatValue and fieldLabel', () => {
  it('formats values for people', () => {
    expect(formatValue(null, time)).toBe('none')
    expect(formatValue(false, time)).toBe('no')
    expect(formatValue('2026-12-01T15:00:00.000Z', time)).toBe('T(2026-12-01T15:00:00.000Z)')
    expect(formatValue('not-a-dateT', time)).toBe('not-a-dateT')
    expect(formatValue({ a: 1 }, time)).toBe('{"a":1}')
  })
  it('labels unknown fields readably', () => {
    expect(fieldLabel('prefer_native_scheduling')).toBe('Native scheduling')
    expect(fieldLabel('path_prefix')).toBe('Path prefix')
  })
})
