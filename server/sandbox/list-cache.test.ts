// @vitest-environment node
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { augustLock, startTestSandbox, type TestSandbox } from './testing'

/* access_codes/list serves cached code JSON from reused response buffers: check both. */

interface Code {
  access_code_id: string
  device_id: string
  name: string | null
  status: string
}

let sb: TestSandbox

beforeAll(async () => {
  sb = await startTestSandbox()
  // Let the seed's in-flight codes settle, so nothing changes by itself during a test.
  await sb.advance(3_600_000)
})
afterAll(() => sb.close())

const byDevice = async (device_id: string): Promise<Code[]> =>
  (await sb.call('/access_codes/list', { device_id })).body.access_codes
const byIds = async (access_code_ids: string[]): Promise<Code[]> =>
  (await sb.call('/access_codes/list', { access_code_ids })).body.access_codes

describe('access_codes/list caches', () => {
  it('shows every write at once, by device and by ids', async () => {
    const device = (await augustLock(sb)).device_id
    const before = await byDevice(device)
    const ids = before.map((code) => code.access_code_id)
    expect(await byIds(ids)).toEqual(before)

    const created = (await sb.call('/access_codes/create', { device_id: device, name: 'Cached?' }))
      .body.access_code as Code
    const afterCreate = await byDevice(device)
    expect(afterCreate.map((code) => code.access_code_id)).toEqual([...ids, created.access_code_id])
    expect((await byIds([created.access_code_id]))[0]!.status).toBe('setting')

    await sb.call('/access_codes/update', {
      access_code_id: created.access_code_id,
      name: 'Renamed',
    })
    expect((await byIds([created.access_code_id]))[0]!.name).toBe('Renamed')
    expect((await byDevice(device)).at(-1)!.name).toBe('Renamed')

    // Simulator transitions (here: the lock confirms the code) invalidate too.
    await sb.advance(60_000)
    expect((await byIds([created.access_code_id]))[0]!.status).toBe('set')
    expect((await byDevice(device)).at(-1)!.status).toBe('set')

    // Delete → removing → gone once the lock confirms.
    await sb.call('/access_codes/delete', { access_code_id: created.access_code_id })
    expect((await byIds([created.access_code_id]))[0]!.status).toBe('removing')
    await sb.advance(60_000)
    expect(await byIds([created.access_code_id])).toEqual([])
    expect((await byDevice(device)).map((code) => code.access_code_id)).toEqual(ids)
  })

  it('dedupes ids and keeps creation order whatever order the ids come in', async () => {
    const device = (await augustLock(sb)).device_id
    const codes = await byDevice(device)
    const ids = codes.map((code) => code.access_code_id)
    expect(await byIds([...ids].reverse().concat(ids))).toEqual(codes)
  })

  it('never reuses a response buffer before the response is written out', async () => {
    const devices = (await sb.call('/devices/list')).body.devices.map(
      (d: { device_id: string }) => d.device_id,
    ) as string[]
    const all = (await Promise.all(devices.map(byDevice))).flat().map((code) => code.access_code_id)
    const bodyA = JSON.stringify({ access_code_ids: all })
    const bodyB = JSON.stringify({ access_code_ids: all.slice(0, 150).reverse() })
    const expected = (await sb.call('/access_codes/list', undefined, { rawBody: bodyA })).text
    expect(Buffer.byteLength(expected)).toBeGreaterThan(64 * 1024)

    // 40 pipelined requests on a client that does not read: their ~5 MB of responses cannot
    // all reach the kernel, so some stay queued in Node while other clients get answers.
    const url = new URL(sb.url)
    const socket = connect(Number(url.port), url.hostname)
    socket.pause()
    const request =
      `POST /access_codes/list HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer ${sb.apiKey}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(bodyA)}\r\n\r\n${bodyA}`
    socket.write(request.repeat(40))
    await new Promise((resolve) => setTimeout(resolve, 300))
    const others = await Promise.all(
      Array.from({ length: 60 }, () =>
        sb.call('/access_codes/list', undefined, { rawBody: bodyB }).then((r) => r.status),
      ),
    )
    expect(others.every((status) => status === 200)).toBe(true)

    const bodies = await readResponses(socket, 40)
    socket.destroy()
    expect(bodies).toHaveLength(40)
    bodies.forEach((body) => expect(body === expected).toBe(true))
  })

  it('404s an unknown device and sees devices after a reset', async () => {
    expect((await sb.call('/access_codes/list', { device_id: 'nope' })).status).toBe(404)
    await sb.call('/_sandbox/reset', { seed: 'default' })
    const device = (await augustLock(sb)).device_id
    expect((await sb.call('/access_codes/list', { device_id: device })).status).toBe(200)
  })
})

/** Read `count` HTTP/1.1 responses with Content-Length bodies off a raw socket. */
async function readResponses(socket: Socket, count: number): Promise<string[]> {
  const bodies: string[] = []
  let pending = Buffer.alloc(0)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`got ${bodies.length} responses`)), 10_000)
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk])
      for (;;) {
        const end = pending.indexOf('\r\n\r\n')
        if (end < 0) return
        const length = Number(
          /content-length: (\d+)/i.exec(pending.subarray(0, end).toString())![1],
        )
        if (pending.length < end + 4 + length) return
        bodies.push(pending.subarray(end + 4, end + 4 + length).toString())
        pending = pending.subarray(end + 4 + length)
        if (bodies.length === count) {
          clearTimeout(timer)
          resolve(bodies)
        }
      }
    })
    socket.resume()
  })
}
