// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { augustLock, SINCE_EVER, startTestSandbox, type TestSandbox } from './testing'

let sb: TestSandbox
let deviceId: string

const MIN = 60_000
const LATENCY = 3_000 // the seeded August locks

beforeAll(async () => {
  sb = await startTestSandbox()
  deviceId = (await augustLock(sb)).device_id
})
afterAll(() => sb.close())

const simNow = async () => Date.parse((await sb.call('/_sandbox/clock/get')).body.now)
const at = (ms: number) => new Date(ms).toISOString()
const get = async (id: string) =>
  (await sb.call('/access_codes/get', { access_code_id: id })).body.access_code
const eventTypes = async (accessCodeId: string) =>
  (
    (await sb.call('/events/list', { ...SINCE_EVER, access_code_id: accessCodeId })).body
      .events as {
      event_type: string
    }[]
  )
    .map((e) => e.event_type)
    .reverse()

async function onlineLock(manufacturer: string) {
  const devices = (await sb.call('/devices/list', { manufacturer })).body.devices
  return devices.find((d: { properties: { online: boolean } }) => d.properties.online)
    .device_id as string
}

describe('lock simulator (controlled clock)', () => {
  it('ongoing: setting → set after the device latency, with events in order', async () => {
    const { access_code } = (
      await sb.call('/access_codes/create', { device_id: deviceId, name: 'Ongoing' })
    ).body
    expect(access_code.status).toBe('setting')
    await sb.advance(LATENCY - 1_000)
    expect((await get(access_code.access_code_id)).status).toBe('setting')
    await sb.advance(1_500)
    expect((await get(access_code.access_code_id)).status).toBe('set')
    expect(await eventTypes(access_code.access_code_id)).toEqual([
      'access_code.created',
      'access_code.set_on_device',
    ])
  })

  it('update of a set code goes back to setting, then set', async () => {
    const { access_code } = (await sb.call('/access_codes/create', { device_id: deviceId })).body
    await sb.advance(LATENCY + 500)
    await sb.call('/access_codes/update', {
      access_code_id: access_code.access_code_id,
      code: '9182736',
    })
    const updated = await get(access_code.access_code_id)
    expect(updated).toMatchObject({ status: 'setting', code: '9182736' })
    await sb.advance(LATENCY + 500)
    expect((await get(access_code.access_code_id)).status).toBe('set')
    expect(await eventTypes(access_code.access_code_id)).toEqual([
      'access_code.created',
      'access_code.set_on_device',
      'access_code.changed',
      'access_code.set_on_device',
    ])
  })

  it('time_bound: unset → scheduled on device → set at starts_at → removing at ends_at → deleted', async () => {
    const now = await simNow()
    const starts = now + 60 * MIN
    const ends = starts + 120 * MIN
    const { access_code } = (
      await sb.call('/access_codes/create', {
        device_id: deviceId,
        starts_at: at(starts),
        ends_at: at(ends),
      })
    ).body
    const id = access_code.access_code_id
    expect(access_code).toMatchObject({ status: 'unset', is_scheduled_on_device: false })
    await sb.advance(LATENCY + 500)
    expect(await get(id)).toMatchObject({ status: 'unset', is_scheduled_on_device: true })
    await sb.call('/_sandbox/clock/set', { now: at(starts + 1_000) })
    expect((await get(id)).status).toBe('set')
    await sb.call('/_sandbox/clock/set', { now: at(ends + 100) })
    expect((await get(id)).status).toBe('removing')
    await sb.advance(LATENCY + 500)
    expect((await sb.call('/access_codes/get', { access_code_id: id })).status).toBe(404)
    expect(await eventTypes(id)).toEqual([
      'access_code.created',
      'access_code.scheduled_on_device',
      'access_code.set_on_device',
      'access_code.removed_from_device',
      'access_code.deleted',
    ])
  })

  it('one big clock jump applies every due transition in order', async () => {
    const now = await simNow()
    const { access_code } = (
      await sb.call('/access_codes/create', {
        device_id: deviceId,
        starts_at: at(now + MIN),
        ends_at: at(now + 30 * MIN),
      })
    ).body
    await sb.advance(2 * 60 * MIN)
    expect(
      (await sb.call('/access_codes/get', { access_code_id: access_code.access_code_id })).status,
    ).toBe(404)
    const events = (
      await sb.call('/events/list', {
        ...SINCE_EVER,
        access_code_id: access_code.access_code_id,
      })
    ).body.events
    const times = events.map((e: { occurred_at: string }) => e.occurred_at).reverse()
    expect([...times].sort()).toEqual(times)
    expect(events[0].event_type).toBe('access_code.deleted')
  })

  it('delete: removing → gone after the latency', async () => {
    const { access_code } = (await sb.call('/access_codes/create', { device_id: deviceId })).body
    await sb.advance(LATENCY + 500)
    await sb.call('/access_codes/delete', { access_code_id: access_code.access_code_id })
    expect((await get(access_code.access_code_id)).status).toBe('removing')
    await sb.advance(LATENCY + 500)
    const res = await sb.call('/access_codes/get', { access_code_id: access_code.access_code_id })
    expect(res.status).toBe(404)
    expect(res.body.error.type).toBe('access_code_not_found')
  })

  it('converts ongoing → time_bound (starts_at + ends_at) and back (type: ongoing clears both)', async () => {
    const now = await simNow()
    const { access_code } = (await sb.call('/access_codes/create', { device_id: deviceId })).body
    const id = access_code.access_code_id
    await sb.advance(LATENCY + 500)
    await sb.call('/access_codes/update', {
      access_code_id: id,
      starts_at: at(now - MIN),
      ends_at: at(now + 3 * 24 * 60 * MIN),
    })
    expect(await get(id)).toMatchObject({
      type: 'time_bound',
      status: 'setting',
      starts_at: at(now - MIN),
    })
    await sb.advance(LATENCY + 500)
    expect((await get(id)).status).toBe('set')
    await sb.call('/access_codes/update', { access_code_id: id, type: 'ongoing' })
    expect(await get(id)).toMatchObject({
      type: 'ongoing',
      starts_at: null,
      ends_at: null,
      status: 'setting',
    })
    await sb.advance(LATENCY + 500)
    expect((await get(id)).status).toBe('set')
  })

  it('runs on its own (1 s timer), without clock control', async () => {
    const nuki = await onlineLock('nuki') // 2 s latency
    const { access_code } = (
      await sb.call('/access_codes/create', { device_id: nuki, code: '345678' })
    ).body
    const deadline = Date.now() + 6_000
    let status = access_code.status
    while (status !== 'set' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250))
      status = (await get(access_code.access_code_id)).status
    }
    expect(status).toBe('set')
  })
})

describe('offline devices', () => {
  it('setting stalls: delay warning at 2 min, failed error at 10 min; back online settles and clears', async () => {
    const yale = await onlineLock('yale')
    const off = await sb.call('/_sandbox/devices/set_online', { device_id: yale, online: false })
    expect(off.body.device.properties.online).toBe(false)
    expect(off.body.device.errors[0]).toMatchObject({
      error_code: 'device_offline',
      is_device_error: true,
    })

    const { access_code } = (await sb.call('/access_codes/create', { device_id: yale })).body
    const id = access_code.access_code_id
    await sb.advance(MIN)
    expect(await get(id)).toMatchObject({ status: 'setting', warnings: [], errors: [] })
    await sb.advance(MIN + 1_000)
    const delayed = await get(id)
    expect(delayed.status).toBe('setting')
    expect(delayed.warnings.map((w: { warning_code: string }) => w.warning_code)).toEqual([
      'delay_in_setting_on_device',
    ])
    await sb.advance(8 * MIN)
    const failed = await get(id)
    expect(failed.errors.map((e: { error_code: string }) => e.error_code)).toEqual([
      'failed_to_set_on_device',
    ])

    const on = await sb.call('/_sandbox/devices/set_online', { device_id: yale, online: true })
    expect(on.body.device.errors).toEqual([])
    expect(await get(id)).toMatchObject({ status: 'set', warnings: [], errors: [] })
    expect(await eventTypes(id)).toEqual([
      'access_code.created',
      'access_code.delay_in_setting_on_device',
      'access_code.failed_to_set_on_device',
      'access_code.set_on_device',
    ])
    const deviceEvents = (
      await sb.call('/events/list', {
        ...SINCE_EVER,
        device_id: yale,
        event_types: ['device.connected', 'device.disconnected'],
        limit: 2,
      })
    ).body.events
    expect(deviceEvents.map((e: { event_type: string }) => e.event_type)).toEqual([
      'device.connected',
      'device.disconnected',
    ])
  })

  it('removing stalls the same way and completes when the device returns', async () => {
    const lockly = await onlineLock('lockly')
    const { access_code } = (await sb.call('/access_codes/create', { device_id: lockly })).body
    const id = access_code.access_code_id
    await sb.advance(LATENCY + 500)
    await sb.call('/_sandbox/devices/set_online', { device_id: lockly, online: false })
    await sb.call('/access_codes/delete', { access_code_id: id })
    await sb.advance(2 * MIN + 1_000)
    expect((await get(id)).warnings.map((w: { warning_code: string }) => w.warning_code)).toEqual([
      'delay_in_removing_from_device',
    ])
    await sb.advance(8 * MIN)
    expect((await get(id)).errors.map((e: { error_code: string }) => e.error_code)).toEqual([
      'failed_to_remove_from_device',
    ])
    await sb.call('/_sandbox/devices/set_online', { device_id: lockly, online: true })
    expect((await sb.call('/access_codes/get', { access_code_id: id })).status).toBe(404)
    expect((await eventTypes(id)).slice(-2)).toEqual([
      'access_code.removed_from_device',
      'access_code.deleted',
    ])
  })
})

describe('backup access codes (Seam’s “Pull Backup Access Code” page)', () => {
  it('pull returns a set backup with the same window; pulling again returns the same one', async () => {
    const now = await simNow()
    const window = { starts_at: at(now - MIN), ends_at: at(now + 2 * 24 * 60 * MIN) }
    const { access_code } = (
      await sb.call('/access_codes/create', {
        device_id: deviceId,
        use_backup_access_code_pool: true,
        ...window,
      })
    ).body
    expect(access_code.is_backup_access_code_available).toBe(true)
    const id = access_code.access_code_id

    const first = await sb.call('/access_codes/pull_backup_access_code', { access_code_id: id })
    expect([200, 201]).toContain(first.status)
    const backup = first.body.backup_access_code
    expect(backup).toMatchObject({
      status: 'set',
      is_backup: true,
      is_managed: true,
      type: 'time_bound',
      device_id: deviceId,
      name: `Backup ${id.slice(0, 8)} (Seam)`,
      ...window,
    })
    expect(backup.access_code_id).not.toBe(id)

    const second = await sb.call('/access_codes/pull_backup_access_code', { access_code_id: id })
    expect(second.body.backup_access_code.access_code_id).toBe(backup.access_code_id)

    expect(await get(id)).toMatchObject({
      pulled_backup_access_code_id: backup.access_code_id,
      is_backup_access_code_available: false,
    })
    const pulled = (
      await sb.call('/events/list', {
        ...SINCE_EVER,
        access_code_id: id,
        event_type: 'access_code.backup_access_code_pulled',
      })
    ).body.events
    expect(pulled).toHaveLength(1)
    expect(pulled[0].backup_access_code_id).toBe(backup.access_code_id)
  })

  it('rejects ongoing codes (400) and codes without a backup (409)', async () => {
    const ongoing = (
      await sb.call('/access_codes/create', {
        device_id: deviceId,
        use_backup_access_code_pool: true,
      })
    ).body.access_code
    expect(ongoing.is_backup_access_code_available).toBe(false)
    const res = await sb.call('/access_codes/pull_backup_access_code', {
      access_code_id: ongoing.access_code_id,
    })
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({
      type: 'invalid_input',
      message: expect.stringContaining('backup codes exist only for time_bound codes'),
    })

    const now = await simNow()
    const plain = (
      await sb.call('/access_codes/create', {
        device_id: deviceId,
        starts_at: at(now),
        ends_at: at(now + 60 * MIN),
      })
    ).body.access_code
    const none = await sb.call('/access_codes/pull_backup_access_code', {
      access_code_id: plain.access_code_id,
    })
    expect(none.status).toBe(409)
    expect(none.body.error.message).toMatch(/No backup access code is available/)
  })
})
