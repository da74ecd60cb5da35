// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectEnvelope,
  inDays,
  SINCE_EVER,
  startWithAugustLock,
  type TestSandbox,
} from './testing'

let sb: TestSandbox, deviceId: string, now: string
let ongoingId: string

beforeAll(async () => {
  ;({ sb, deviceId, now } = await startWithAugustLock())
  ongoingId = (await sb.call('/access_codes/create', { device_id: deviceId, code: '5551234' })).body
    .access_code.access_code_id
})
afterAll(() => sb.close())

/** Snapshot of everything a bad request could have touched. */
async function snapshot() {
  const codes = (await sb.call('/access_codes/list', { device_id: deviceId })).body.access_codes
  const events = (await sb.call('/events/list', { ...SINCE_EVER, limit: 5 })).body.events
  return JSON.stringify({ codes, events })
}

const long = 'x'.repeat(10_000)
type Case = [string, string, unknown, number, string]

describe('bad input never changes storage and never 500s', () => {
  const cases = (): Case[] => [
    ['create: missing device_id', '/access_codes/create', { name: 'x' }, 400, 'invalid_input'],
    [
      'create: wrong-typed device_id',
      '/access_codes/create',
      { device_id: 42 },
      400,
      'invalid_input',
    ],
    [
      'create: unknown field',
      '/access_codes/create',
      { device_id: deviceId, colour: 'red' },
      400,
      'invalid_input',
    ],
    [
      'create: unknown device',
      '/access_codes/create',
      { device_id: 'nope' },
      404,
      'device_not_found',
    ],
    [
      'create: letters in code',
      '/access_codes/create',
      { device_id: deviceId, code: '12ab' },
      400,
      'invalid_input',
    ],
    [
      'create: unsupported length',
      '/access_codes/create',
      { device_id: deviceId, code: '123456789' },
      400,
      'invalid_input',
    ],
    [
      'create: name over 200',
      '/access_codes/create',
      { device_id: deviceId, name: 'n'.repeat(201) },
      400,
      'invalid_input',
    ],
    ['create: 10k device_id', '/access_codes/create', { device_id: long }, 400, 'invalid_input'],
    [
      'create: 10k name',
      '/access_codes/create',
      { device_id: deviceId, name: long },
      400,
      'invalid_input',
    ],
    [
      'create: 10k code',
      '/access_codes/create',
      { device_id: deviceId, code: long },
      400,
      'invalid_input',
    ],
    [
      'create: invalid date',
      '/access_codes/create',
      { device_id: deviceId, starts_at: 'tomorrow', ends_at: inDays(now, 2) },
      400,
      'invalid_input',
    ],
    [
      'create: ends before starts',
      '/access_codes/create',
      { device_id: deviceId, starts_at: inDays(now, 3), ends_at: inDays(now, 2) },
      400,
      'invalid_input',
    ],
    [
      'create: ends in the past',
      '/access_codes/create',
      { device_id: deviceId, starts_at: inDays(now, -3), ends_at: inDays(now, -2) },
      400,
      'invalid_input',
    ],
    [
      'create: only starts_at',
      '/access_codes/create',
      { device_id: deviceId, starts_at: inDays(now, 3) },
      400,
      'invalid_input',
    ],
    [
      'create: backup pool unsupported',
      '/access_codes/create',
      {
        device_id: '__kwikset__',
        use_backup_access_code_pool: true,
        starts_at: inDays(now, 1),
        ends_at: inDays(now, 2),
      },
      400,
      'invalid_input',
    ],
    [
      'create_multiple: empty',
      '/access_codes/create_multiple',
      { device_ids: [] },
      400,
      'invalid_input',
    ],
    [
      'create_multiple: wrong type',
      '/access_codes/create_multiple',
      { device_ids: deviceId },
      400,
      'invalid_input',
    ],
    [
      'create_multiple: unknown device',
      '/access_codes/create_multiple',
      { device_ids: [deviceId, 'nope'] },
      404,
      'device_not_found',
    ],
    [
      'create_multiple: duplicate code',
      '/access_codes/create_multiple',
      { device_ids: [deviceId], code: '5551234' },
      409,
      'duplicate_access_code',
    ],
    ['update: missing id', '/access_codes/update', { name: 'x' }, 400, 'invalid_input'],
    [
      'update: unknown id',
      '/access_codes/update',
      { access_code_id: 'nope', name: 'x' },
      404,
      'access_code_not_found',
    ],
    [
      'update: wrong-typed name',
      '/access_codes/update',
      { access_code_id: ongoingId, name: 7 },
      400,
      'invalid_input',
    ],
    [
      'update: 10k name',
      '/access_codes/update',
      { access_code_id: ongoingId, name: long },
      400,
      'invalid_input',
    ],
    [
      'update: ends before starts',
      '/access_codes/update',
      { access_code_id: ongoingId, starts_at: inDays(now, 3), ends_at: inDays(now, 1) },
      400,
      'invalid_input',
    ],
    [
      'update: half a schedule on ongoing',
      '/access_codes/update',
      { access_code_id: ongoingId, starts_at: inDays(now, 3) },
      400,
      'invalid_input',
    ],
    [
      'update: ongoing with times',
      '/access_codes/update',
      { access_code_id: ongoingId, type: 'ongoing', starts_at: inDays(now, 1) },
      400,
      'invalid_input',
    ],
    [
      'update: invalid date',
      '/access_codes/update',
      { access_code_id: ongoingId, starts_at: '2024-13-45', ends_at: inDays(now, 2) },
      400,
      'invalid_input',
    ],
    [
      'update: bad type',
      '/access_codes/update',
      { access_code_id: ongoingId, type: 'forever' },
      400,
      'invalid_input',
    ],
    [
      'update_multiple: missing key',
      '/access_codes/update_multiple',
      { name: 'x' },
      400,
      'invalid_input',
    ],
    [
      'update_multiple: unknown key',
      '/access_codes/update_multiple',
      { common_code_key: 'nope', name: 'x' },
      404,
      'access_code_not_found',
    ],
    ['delete: missing id', '/access_codes/delete', {}, 400, 'invalid_input'],
    ['delete: wrong type', '/access_codes/delete', { access_code_id: ['a'] }, 400, 'invalid_input'],
    [
      'delete: unknown id',
      '/access_codes/delete',
      { access_code_id: 'nope' },
      404,
      'access_code_not_found',
    ],
    ['delete: 10k id', '/access_codes/delete', { access_code_id: long }, 400, 'invalid_input'],
    [
      'generate_code: unknown device',
      '/access_codes/generate_code',
      { device_id: 'nope' },
      404,
      'device_not_found',
    ],
    [
      'pull_backup: ongoing code',
      '/access_codes/pull_backup_access_code',
      { access_code_id: ongoingId },
      400,
      'invalid_input',
    ],
    [
      'pull_backup: unknown id',
      '/access_codes/pull_backup_access_code',
      { access_code_id: 'nope' },
      404,
      'access_code_not_found',
    ],
    [
      'unmanaged convert: unknown',
      '/access_codes/unmanaged/convert_to_managed',
      { access_code_id: 'nope' },
      404,
      'access_code_not_found',
    ],
    [
      'unmanaged convert: managed id',
      '/access_codes/unmanaged/convert_to_managed',
      { access_code_id: ongoingId },
      404,
      'access_code_not_found',
    ],
    ['unmanaged delete: missing', '/access_codes/unmanaged/delete', {}, 400, 'invalid_input'],
    [
      'unmanaged delete: 10k',
      '/access_codes/unmanaged/delete',
      { access_code_id: long },
      400,
      'invalid_input',
    ],
    ['list: neither filter', '/access_codes/list', {}, 400, 'invalid_input'],
    [
      'list: ids not an array',
      '/access_codes/list',
      { access_code_ids: 'abc' },
      400,
      'invalid_input',
    ],
    ['events: bad since', '/events/list', { since: 'yesterday' }, 400, 'invalid_input'],
    ['clock/advance: negative', '/_sandbox/clock/advance', { ms: -5 }, 400, 'invalid_input'],
    [
      'set_online: unknown device',
      '/_sandbox/devices/set_online',
      { device_id: 'nope', online: true },
      404,
      'device_not_found',
    ],
    ['faults: bad status', '/_sandbox/faults/inject', { status: 200 }, 400, 'invalid_input'],
    ['reset: bad seed', '/_sandbox/reset', { seed: 'huge' }, 400, 'invalid_input'],
  ]

  it('each case gets its documented 4xx and the stored state is unchanged', async () => {
    const kwikset = (await sb.call('/devices/list', { manufacturer: 'kwikset' })).body.devices[0]
      .device_id
    // Let in-flight seeded codes settle so only the bad requests could change anything.
    await sb.advance(60_000)
    const before = await snapshot()
    const failures: string[] = []
    for (const [label, path, body, status, type] of cases()) {
      const payload = JSON.parse(JSON.stringify(body).replace('__kwikset__', kwikset)) as unknown
      const res = await sb.call(path, payload)
      if (res.status !== status || res.body?.error?.type !== type)
        failures.push(`${label}: ${res.status} ${res.text.slice(0, 200)}`)
      else expectEnvelope(res, status, type)
    }
    expect(failures).toEqual([])
    expect(await snapshot()).toBe(before)
  })

  it('HTML/script in names is stored and returned verbatim', async () => {
    const name = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    const res = await sb.call('/access_codes/create', { device_id: deviceId, name })
    expect(res.status).toBe(200)
    const got = await sb.call('/access_codes/get', {
      access_code_id: res.body.access_code.access_code_id,
    })
    expect(got.body.access_code.name).toBe(name)
    expect(got.headers.get('content-type')).toContain('application/json')
  })

  it('a JSON body that is not an object is invalid_input', async () => {
    expectEnvelope(
      await sb.call('/access_codes/create', undefined, { rawBody: '[1,2]' }),
      400,
      'invalid_input',
    )
    expectEnvelope(
      await sb.call('/access_codes/create', undefined, { rawBody: 'null' }),
      400,
      'invalid_input',
    )
  })
})
