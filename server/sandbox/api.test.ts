// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessCodeSchema } from '../../src/api/schemas/access-code'
import { actionAttemptSchema } from '../../src/api/schemas/action-attempt'
import { deviceSchema } from '../../src/api/schemas/device'
import { workspaceSchema } from '../../src/api/schemas/workspace'
import { inDays, startWithAugustLock, type TestSandbox } from './testing'

let sb: TestSandbox, deviceId: string, now: string
beforeAll(async () => ({ sb, deviceId, now } = await startWithAugustLock()))
afterAll(() => sb.close())

/** Every property of an access code that Seam's access_code object page lists. */
const ACCESS_CODE_PAGE_PROPERTIES = [
  'access_code_id',
  'code',
  'common_code_key',
  'created_at',
  'device_id',
  'ends_at',
  'errors',
  'is_backup',
  'is_backup_access_code_available',
  'is_external_modification_allowed',
  'is_managed',
  'is_offline_access_code',
  'is_one_time_use',
  'is_scheduled_on_device',
  'is_waiting_for_code_assignment',
  'name',
  'pulled_backup_access_code_id',
  'starts_at',
  'status',
  'type',
  'warnings',
]

describe('seeded workspace', () => {
  it('workspaces/get describes the sandbox workspace', async () => {
    const res = await sb.call('/workspaces/get')
    expect(res.status).toBe(200)
    expect(workspaceSchema.parse(res.body.workspace)).toMatchObject({
      name: 'Harborview Property Group (Sandbox)',
      is_sandbox: true,
    })
  })

  it('devices/list returns ~25 Seam-shaped locks with a realistic mix', async () => {
    const { body } = await sb.call('/devices/list')
    expect(body.ok).toBe(true)
    expect(body.devices).toHaveLength(25)
    for (const d of body.devices) deviceSchema.parse(d)
    const offline = body.devices.filter(
      (d: { properties: { online: boolean } }) => !d.properties.online,
    )
    expect(offline.length).toBeGreaterThanOrEqual(3)
    for (const d of offline)
      expect(d.errors[0]).toMatchObject({ error_code: 'device_offline', is_device_error: true })
    const makers = new Set(
      body.devices.map((d: { properties: { manufacturer: string } }) => d.properties.manufacturer),
    )
    expect([...makers].sort()).toEqual([
      'august',
      'igloohome',
      'kwikset',
      'lockly',
      'nuki',
      'schlage',
      'smartthings',
      'yale',
    ])
    const zones = new Set(
      body.devices.map((d: { location: { timezone: string } }) => d.location.timezone),
    )
    expect(zones.size).toBe(3)
    expect(body.devices.some((d: { warnings: unknown[] }) => d.warnings.length > 0)).toBe(true)
    expect(
      body.devices.some(
        (d: { properties: { supports_backup_access_code_pool: boolean } }) =>
          !d.properties.supports_backup_access_code_pool,
      ),
    ).toBe(true)
  })

  it('devices/list filters by device_ids, manufacturer, connected_account_id and limit (POST and GET)', async () => {
    const all = (await sb.call('/devices/list')).body.devices
    const ids = [all[0].device_id, all[1].device_id]
    expect((await sb.call('/devices/list', { device_ids: ids })).body.devices).toHaveLength(2)
    const viaGet = await sb.call('/devices/list', undefined, {
      method: 'GET',
      query: { device_ids: ids.join(',') },
    })
    expect(viaGet.body.devices).toHaveLength(2)
    const repeated = await sb.call('/devices/list', undefined, {
      method: 'GET',
      query: { device_ids: ids },
    })
    expect(repeated.body.devices).toHaveLength(2)
    const schlage = (await sb.call('/devices/list', { manufacturer: 'schlage' })).body.devices
    expect(schlage.length).toBeGreaterThan(0)
    expect(schlage.every((d: { device_type: string }) => d.device_type === 'schlage_lock')).toBe(
      true,
    )
    const acct = all[0].connected_account_id
    const byAcct = (await sb.call('/devices/list', { connected_account_id: acct })).body.devices
    expect(
      byAcct.every((d: { connected_account_id: string }) => d.connected_account_id === acct),
    ).toBe(true)
    expect(
      (await sb.call('/devices/list', undefined, { method: 'GET', query: { limit: '3' } })).body
        .devices,
    ).toHaveLength(3)
  })

  it("accepts Seam's `_strict` flag (sent by SDK 2.x on every GET) but still rejects unknown keys", async () => {
    const get = (query: Record<string, string>) =>
      sb.call('/devices/list', undefined, { method: 'GET', query })
    expect((await get({ limit: '2', _strict: 'true' })).body.devices).toHaveLength(2)
    expect((await get({ limit: '2', _strict: 'false' })).body.devices).toHaveLength(2)
    expect((await sb.call('/devices/list', { limit: 2, _strict: true })).body.devices).toHaveLength(
      2,
    )
    const badFlag = await get({ _strict: 'yes' })
    expect(badFlag.status).toBe(400)
    expect(badFlag.body.error.validation_errors._strict._errors).toEqual(['Expected boolean'])
    const unknown = await get({ _strict: 'true', colour: 'red' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.message).toMatch(/Unrecognized key/)
  })

  it('devices/get returns one device or 404 device_not_found', async () => {
    expect((await sb.call('/devices/get', { device_id: deviceId })).body.device.device_id).toBe(
      deviceId,
    )
    const miss = await sb.call('/devices/get', {
      device_id: '00000000-0000-0000-0000-000000000000',
    })
    expect(miss.status).toBe(404)
    expect(miss.body.error.type).toBe('device_not_found')
  })

  it('seeds ~200 codes in every status and both types, with catalogue errors/warnings', async () => {
    const devices = (await sb.call('/devices/list')).body.devices
    const codes = []
    for (const d of devices)
      codes.push(
        ...(await sb.call('/access_codes/list', { device_id: d.device_id })).body.access_codes,
      )
    expect(codes.length).toBeGreaterThanOrEqual(180)
    for (const code of codes) {
      accessCodeSchema.parse(code)
      expect(Object.keys(code).sort()).toEqual([...ACCESS_CODE_PAGE_PROPERTIES].sort())
    }
    const statuses = new Set(codes.map((code) => code.status))
    for (const s of ['set', 'setting', 'unset', 'removing', 'unknown'])
      expect(statuses).toContain(s)
    expect(new Set(codes.map((code) => code.type))).toEqual(new Set(['ongoing', 'time_bound']))
    expect(codes.some((code) => code.errors.length > 0)).toBe(true)
    expect(codes.some((code) => code.warnings.length > 0)).toBe(true)
    expect(codes.some((code) => code.is_backup_access_code_available)).toBe(true)
    expect(codes.some((c) => c.pulled_backup_access_code_id)).toBe(true)
    expect(codes.some((code) => code.is_backup)).toBe(true)
  })
})

describe('access codes', () => {
  it('create → get → list (by device and by ids) → update → delete', async () => {
    const created = await sb.call('/access_codes/create', {
      device_id: deviceId,
      name: 'Guest',
      code: '481516',
    })
    expect(created.status).toBe(200)
    const code = accessCodeSchema.parse(created.body.access_code)
    expect(code).toMatchObject({
      status: 'setting',
      type: 'ongoing',
      code: '481516',
      is_managed: true,
    })
    expect(actionAttemptSchema.parse(created.body.action_attempt).action_type).toBe(
      'CREATE_ACCESS_CODE',
    )

    const got = await sb.call('/access_codes/get', { access_code_id: code.access_code_id })
    expect(got.body.access_code.access_code_id).toBe(code.access_code_id)
    const byCode = await sb.call('/access_codes/get', undefined, {
      method: 'GET',
      query: { device_id: deviceId, code: '481516' },
    })
    expect(byCode.body.access_code.access_code_id).toBe(code.access_code_id)

    const list = await sb.call('/access_codes/list', { device_id: deviceId })
    expect(
      list.body.access_codes.map((code: { access_code_id: string }) => code.access_code_id),
    ).toContain(code.access_code_id)

    const other = (await sb.call('/devices/list', { manufacturer: 'yale' })).body.devices[0]
      .device_id
    const otherCode = (await sb.call('/access_codes/list', { device_id: other })).body
      .access_codes[0].access_code_id
    const byIds = await sb.call('/access_codes/list', {
      access_code_ids: [code.access_code_id, otherCode, 'no-such-id'],
    })
    expect(byIds.body.access_codes).toHaveLength(2)
    const byIdsGet = await sb.call('/access_codes/list', undefined, {
      method: 'GET',
      query: { access_code_ids: `${code.access_code_id},${otherCode}` },
    })
    expect(byIdsGet.body.access_codes).toHaveLength(2)

    const upd = await sb.call('/access_codes/update', {
      access_code_id: code.access_code_id,
      name: 'Renamed',
    })
    expect(upd.body).toMatchObject({
      ok: true,
      action_attempt: { action_type: 'UPDATE_ACCESS_CODE' },
    })
    expect(
      (await sb.call('/access_codes/get', { access_code_id: code.access_code_id })).body.access_code
        .name,
    ).toBe('Renamed')

    const del = await sb.call('/access_codes/delete', { access_code_id: code.access_code_id })
    expect(del.body).toMatchObject({
      ok: true,
      action_attempt: { action_type: 'DELETE_ACCESS_CODE', status: 'success' },
    })
    const attempt = await sb.call('/action_attempts/get', {
      action_attempt_id: del.body.action_attempt.action_attempt_id,
    })
    expect(attempt.body.action_attempt.action_attempt_id).toBe(
      del.body.action_attempt.action_attempt_id,
    )
    expect(
      (await sb.call('/access_codes/get', { access_code_id: code.access_code_id })).body.access_code
        .status,
    ).toBe('removing')
  })

  it('create time_bound normalises instants and starts unset', async () => {
    const res = await sb.call('/access_codes/create', {
      device_id: deviceId,
      name: 'Weekend',
      starts_at: inDays(now, 2).replace('.000Z', 'Z'),
      ends_at: inDays(now, 4),
    })
    expect(res.body.access_code).toMatchObject({
      type: 'time_bound',
      status: 'unset',
      is_scheduled_on_device: false,
    })
    expect(res.body.access_code.starts_at).toBe(inDays(now, 2))
  })

  it('create_multiple shares one code and common_code_key; update_multiple edits them all', async () => {
    const devices = (await sb.call('/devices/list', { manufacturer: 'yale' })).body.devices.slice(
      0,
      2,
    )
    const ids = [deviceId, ...devices.map((d: { device_id: string }) => d.device_id)]
    const res = await sb.call('/access_codes/create_multiple', { device_ids: ids, name: 'Cleaner' })
    expect(res.status).toBe(200)
    const codes = res.body.access_codes
    expect(codes).toHaveLength(3)
    expect(new Set(codes.map((code: { code: string }) => code.code)).size).toBe(1)
    const key = codes[0].common_code_key
    expect(key).toBeTruthy()
    expect(codes.every((code: { common_code_key: string }) => code.common_code_key === key)).toBe(
      true,
    )

    const upd = await sb.call('/access_codes/update_multiple', {
      common_code_key: key,
      name: 'Cleaning crew',
      starts_at: inDays(now, 1),
      ends_at: inDays(now, 3),
    })
    expect(upd.body.ok).toBe(true)
    const after = await sb.call('/access_codes/list', {
      access_code_ids: codes.map((code: { access_code_id: string }) => code.access_code_id),
    })
    for (const code of after.body.access_codes)
      expect(code).toMatchObject({
        name: 'Cleaning crew',
        type: 'time_bound',
        ends_at: inDays(now, 3),
      })
  })

  it('generate_code respects the device lengths and constraints', async () => {
    const nuki = (await sb.call('/devices/list', { manufacturer: 'nuki' })).body.devices[0]
    for (let i = 0; i < 20; i++) {
      const res = await sb.call('/access_codes/generate_code', { device_id: nuki.device_id })
      expect(res.body.generated_code.device_id).toBe(nuki.device_id)
      expect(res.body.generated_code.code).toMatch(/^[1-9]{6}$/)
      expect(res.body.generated_code.code.startsWith('12')).toBe(false)
    }
  })
})
