// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unmanagedAccessCodeSchema } from '../../src/api/schemas/access-code'
import { seamEventSchema } from '../../src/api/schemas/event'
import { inDays, SINCE_EVER, startWithAugustLock, type TestSandbox } from './testing'

let sb: TestSandbox, deviceId: string, now: string
beforeAll(async () => ({ sb, deviceId, now } = await startWithAugustLock()))
afterAll(() => sb.close())

describe('unmanaged codes', () => {
  it('list, get, convert_to_managed and delete', async () => {
    const devices = (await sb.call('/devices/list')).body.devices
    const found = []
    for (const d of devices)
      found.push(
        ...(await sb.call('/access_codes/unmanaged/list', { device_id: d.device_id })).body
          .access_codes,
      )
    expect(found.length).toBeGreaterThanOrEqual(4)
    for (const u of found) expect(unmanagedAccessCodeSchema.parse(u).is_managed).toBe(false)
    const [a, b] = found
    const got = await sb.call('/access_codes/unmanaged/get', undefined, {
      method: 'GET',
      query: { access_code_id: a.access_code_id },
    })
    expect(got.body.access_code.access_code_id).toBe(a.access_code_id)
    // Managed get does not see unmanaged codes.
    expect((await sb.call('/access_codes/get', { access_code_id: a.access_code_id })).status).toBe(
      404,
    )

    const conv = await sb.call(
      '/access_codes/unmanaged/convert_to_managed',
      { access_code_id: a.access_code_id },
      { method: 'PATCH' },
    )
    expect(conv.body.action_attempt.action_type).toBe('CONVERT_ACCESS_CODE_TO_MANAGED')
    expect(
      (await sb.call('/access_codes/get', { access_code_id: a.access_code_id })).body.access_code,
    ).toMatchObject({ is_managed: true, status: 'set' })
    expect(
      (await sb.call('/access_codes/unmanaged/get', { access_code_id: a.access_code_id })).status,
    ).toBe(404)

    const del = await sb.call('/access_codes/unmanaged/delete', {
      access_code_id: b.access_code_id,
    })
    expect(del.body.ok).toBe(true)
    expect(
      (await sb.call('/access_codes/unmanaged/get', { access_code_id: b.access_code_id })).body
        .error.type,
    ).toBe('access_code_not_found')

    const events = await sb.call('/events/list', {
      ...SINCE_EVER,
      event_types: ['access_code.unmanaged.converted_to_managed', 'access_code.unmanaged.removed'],
      limit: 10,
    })
    expect(events.body.events.map((e: { event_type: string }) => e.event_type).slice(0, 2)).toEqual(
      ['access_code.unmanaged.removed', 'access_code.unmanaged.converted_to_managed'],
    )
  })
})

describe('events and action attempts', () => {
  it('events/list filters by device, code, type(s), since and between; newest first', async () => {
    const all = (await sb.call('/events/list', { ...SINCE_EVER, limit: 50 })).body.events
    for (const e of all) seamEventSchema.parse(e)
    const times = all.map((e: { occurred_at: string }) => Date.parse(e.occurred_at))
    expect([...times].sort((x, y) => y - x)).toEqual(times)

    const byDevice = (await sb.call('/events/list', { ...SINCE_EVER, device_id: deviceId })).body
      .events
    expect(byDevice.length).toBeGreaterThan(0)
    expect(byDevice.every((e: { device_id: string }) => e.device_id === deviceId)).toBe(true)

    const codeId = byDevice.find(
      (e: { access_code_id?: string }) => e.access_code_id,
    ).access_code_id
    const byCode = (
      await sb.call('/events/list', undefined, {
        method: 'GET',
        query: { ...SINCE_EVER, access_code_id: codeId },
      })
    ).body.events
    expect(byCode.every((e: { access_code_id: string }) => e.access_code_id === codeId)).toBe(true)

    const created = (
      await sb.call('/events/list', {
        ...SINCE_EVER,
        event_type: 'access_code.created',
        limit: 5,
      })
    ).body.events
    expect(created).toHaveLength(5)
    expect(
      created.every((e: { event_type: string }) => e.event_type === 'access_code.created'),
    ).toBe(true)

    const lowBattery = (
      await sb.call('/events/list', undefined, {
        method: 'GET',
        query: { ...SINCE_EVER, event_types: 'device.low_battery,device.disconnected' },
      })
    ).body.events
    expect(new Set(lowBattery.map((e: { event_type: string }) => e.event_type))).toEqual(
      new Set(['device.low_battery', 'device.disconnected']),
    )

    const since = (await sb.call('/events/list', { since: now })).body.events
    expect(since.every((e: { occurred_at: string }) => e.occurred_at >= now)).toBe(true)
    const between = (
      await sb.call('/events/list', { between: [inDays(now, -30), inDays(now, -1)] })
    ).body.events
    expect(between.length).toBeGreaterThan(0)
    expect(between.every((e: { occurred_at: string }) => e.occurred_at <= inDays(now, -1))).toBe(
      true,
    )
  })

  it('action_attempts/get 404s for an unknown id', async () => {
    const res = await sb.call('/action_attempts/get', { action_attempt_id: 'nope' })
    expect(res.status).toBe(404)
    expect(res.body.error.type).toBe('action_attempt_not_found')
  })
})
