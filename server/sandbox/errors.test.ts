// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectEnvelope, startWithAugustLock, type TestSandbox } from './testing'

let sb: TestSandbox, deviceId: string

beforeAll(async () => {
  ;({ sb, deviceId } = await startWithAugustLock())
  // On the lock already, for the duplicate_access_code case.
  await sb.call('/access_codes/create', { device_id: deviceId, code: '5551234' })
})
afterAll(() => sb.close())

describe('error envelope', () => {
  it('400 invalid_input with nested validation_errors naming the field (the shape on Seam’s “Pull Backup Access Code” page)', async () => {
    const res = await sb.call('/access_codes/pull_backup_access_code', {})
    expectEnvelope(res, 400, 'invalid_input')
    expect(res.body.error.validation_errors).toEqual({
      _errors: [],
      access_code_id: { _errors: ['Required'] },
    })
    expect(res.body.error.message).toContain('access_code_id')
  })

  it('400 invalid_json for a body that is not JSON', async () => {
    expectEnvelope(
      await sb.call('/access_codes/create', undefined, { rawBody: '{"device_id": ' }),
      400,
      'invalid_json',
    )
  })

  it('401 unauthorized without or with a wrong key', async () => {
    expectEnvelope(await sb.call('/devices/list', {}, { key: null }), 401, 'unauthorized')
    expectEnvelope(await sb.call('/devices/list', {}, { key: 'seam_wrong' }), 401, 'unauthorized')
    expectEnvelope(await sb.call('/_sandbox/clock/get', {}, { key: null }), 401, 'unauthorized')
  })

  it('404 for unknown ids and unknown routes', async () => {
    expectEnvelope(
      await sb.call('/access_codes/get', { access_code_id: 'missing' }),
      404,
      'access_code_not_found',
    )
    expectEnvelope(await sb.call('/devices/get', { device_id: 'missing' }), 404, 'device_not_found')
    expectEnvelope(
      await sb.call('/action_attempts/get', { action_attempt_id: 'missing' }),
      404,
      'action_attempt_not_found',
    )
    expectEnvelope(await sb.call('/nope/nothing', {}), 404, 'route_not_found')
    expectEnvelope(
      await sb.call('/access_codes/create', undefined, { method: 'GET' }),
      404,
      'route_not_found',
    )
  })

  it('409 duplicate_access_code when the code is already on the device', async () => {
    expectEnvelope(
      await sb.call('/access_codes/create', { device_id: deviceId, code: '5551234' }),
      409,
      'duplicate_access_code',
    )
  })

  it('413 payload_too_large for a body over 1 MB', async () => {
    const big = JSON.stringify({ device_id: deviceId, name: 'x'.repeat(1_100_000) })
    expectEnvelope(
      await sb.call('/access_codes/create', undefined, { rawBody: big }),
      413,
      'payload_too_large',
    )
  })

  it('every response carries a unique seam-request-id', async () => {
    const a = await sb.call('/devices/list')
    const b = await sb.call('/devices/list')
    expect(a.headers.get('seam-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(a.headers.get('seam-request-id')).not.toBe(b.headers.get('seam-request-id'))
  })
})
