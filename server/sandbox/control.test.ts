// @vitest-environment node
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { augustLock, startTestSandbox, type TestSandbox } from './testing'

let sb: TestSandbox

beforeAll(async () => {
  sb = await startTestSandbox()
})
afterAll(() => sb.close())

/** Raw request that reports a dropped socket instead of retrying like fetch might. */
function rawPost(path: string): Promise<'dropped' | number> {
  return new Promise((resolve) => {
    const url = new URL(sb.url + path)
    const req = request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: { authorization: `Bearer ${sb.apiKey}`, 'content-type': 'application/json' },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
        res.on('error', () => resolve('dropped'))
      },
    )
    req.on('error', () => resolve('dropped'))
    req.end('{}')
  })
}

describe('clock control', () => {
  it('get, advance and set report now and offset_ms', async () => {
    const before = (await sb.call('/_sandbox/clock/get')).body
    expect(before).toMatchObject({ ok: true, offset_ms: 0 })
    const adv = (await sb.advance(3_600_000)).body
    expect(adv.offset_ms).toBe(3_600_000)
    expect(Date.parse(adv.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(3_600_000)
    const target = '2031-01-01T00:00:00.000Z'
    const set = (await sb.call('/_sandbox/clock/set', { now: target })).body
    expect(Math.abs(Date.parse(set.now) - Date.parse(target))).toBeLessThan(1_000)
    await sb.call('/_sandbox/reset', {})
  })
})

describe('fault injection', () => {
  it('500 for the next N requests, then recovery', async () => {
    await sb.call('/_sandbox/faults/inject', { status: 500, count: 2 })
    for (let i = 0; i < 2; i++) {
      const res = await sb.call('/devices/list')
      expect(res.status).toBe(500)
      expect(res.body.error).toMatchObject({
        type: 'internal_server_error',
        request_id: res.headers.get('seam-request-id'),
      })
    }
    expect((await sb.call('/devices/list')).status).toBe(200)
  })

  it('control endpoints are never faulted', async () => {
    await sb.call('/_sandbox/faults/inject', { status: 500 })
    expect((await sb.call('/_sandbox/clock/get')).status).toBe(200)
    expect((await sb.call('/workspaces/get')).status).toBe(500)
  })

  it('429 rate_limited with Retry-After', async () => {
    await sb.call('/_sandbox/faults/inject', { status: 429, retry_after: 7 })
    const res = await sb.call('/devices/list')
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('7')
    expect(res.body.error.type).toBe('rate_limited')
  })

  it('added latency delays but still answers', async () => {
    await sb.call('/_sandbox/faults/inject', { latency_ms: 400 })
    const started = Date.now()
    const res = await sb.call('/workspaces/get')
    expect(res.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(380)
  })

  it('drop destroys the connection', async () => {
    await sb.call('/_sandbox/faults/inject', { drop: true })
    expect(await rawPost('/devices/list')).toBe('dropped')
    expect(await rawPost('/devices/list')).toBe(200)
  })

  it('path_prefix limits a fault to matching routes; clear removes pending faults', async () => {
    await sb.call('/_sandbox/faults/inject', { status: 503, path_prefix: '/access_codes/' })
    expect((await sb.call('/devices/list')).status).toBe(200)
    const device = await augustLock(sb)
    const res = await sb.call('/access_codes/list', { device_id: device.device_id })
    expect(res.status).toBe(503)
    await sb.call('/_sandbox/faults/inject', { status: 500, count: 5 })
    await sb.call('/_sandbox/faults/clear', {})
    expect((await sb.call('/devices/list')).status).toBe(200)
  })
})

describe('reset', () => {
  it('wipes changes, reseeds and zeroes the clock offset', async () => {
    const device = await augustLock(sb)
    const created = (await sb.call('/access_codes/create', { device_id: device.device_id })).body
      .access_code
    await sb.advance(86_400_000)
    const res = await sb.call('/_sandbox/reset', { seed: 'default' })
    expect(res.body).toMatchObject({ ok: true, seed: 'default', offset_ms: 0 })
    expect(
      (await sb.call('/access_codes/get', { access_code_id: created.access_code_id })).status,
    ).toBe(404)
    expect((await sb.call('/devices/list')).body.devices).toHaveLength(25)
  })

  it('empty seed has a workspace and no devices', async () => {
    await sb.call('/_sandbox/reset', { seed: 'empty' })
    expect((await sb.call('/devices/list')).body.devices).toEqual([])
    expect((await sb.call('/workspaces/get')).body.workspace.is_sandbox).toBe(true)
    await sb.call('/_sandbox/reset', {})
  })
})
