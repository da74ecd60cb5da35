import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '../api/list-audit-entries'
import { withNames } from './audit-names'

const entry = (patch: Partial<AuditEntry>): AuditEntry => ({
  id: '1',
  at: '2026-12-02T07:00:00.000Z',
  actor_email: 'a@example.com',
  actor_role: 'support',
  action: 'access_code.reveal',
  device_id: null,
  device_name: null,
  access_code_id: null,
  access_code_name: null,
  request_id: null,
  result: 'ok',
  client_address: null,
  details: null,
  ...patch,
})

describe('withNames', () => {
  it('names locks from the workspace and codes from other entries, keeping recorded names', () => {
    const entries = [
      entry({ id: '3', device_id: 'd1', access_code_id: 'c1' }),
      entry({
        id: '2',
        device_id: 'd2',
        device_name: 'Recorded',
        access_code_id: 'c1',
        access_code_name: 'Guest',
      }),
      entry({ id: '1', device_id: 'gone', access_code_id: 'c2' }),
    ]
    const named = withNames(
      entries,
      new Map([
        ['d1', 'Front door'],
        ['d2', 'Now renamed'],
      ]),
    )
    expect(named.map((e) => [e.device_name, e.access_code_name])).toEqual([
      ['Front door', 'Guest'],
      ['Recorded', 'Guest'],
      [null, null],
    ])
    // Entries that gain nothing are the same objects (the table keeps their rows).
    expect(named[1]).toBe(entries[1])
    expect(named[2]).toBe(entries[2])
  })
})
