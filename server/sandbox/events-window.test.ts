// @vitest-environment node
import type { AddressInfo } from 'node:net'
import { createFake, type Fake } from '@seamapi/fake-seam-connect'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSandbox, type TestSandbox } from './testing'

/*
 * Seam requires a window on `events/list` (`since` or `between`, not both). The sandbox must
 * refuse exactly as Seam does, or a client that forgets the window passes every sandbox test
 * and breaks against Seam. Seam's own fake (`@seamapi/fake-seam-connect`) is the reference.
 */

let sb: TestSandbox
let fake: Fake
let fakeUrl: string

beforeAll(async () => {
  sb = await startTestSandbox()
  fake = await createFake()
  await fake.seed()
  const server = await fake.startServer({ port: 0 })
  fakeUrl = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await fake.stopServer()
  await sb.close()
})

async function fromFake(body: unknown, method = 'POST') {
  const res = await fetch(`${fakeUrl}/events/list`, {
    method,
    headers: { authorization: 'Bearer seam_apikey1_token', 'content-type': 'application/json' },
    body: method === 'GET' ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as { error?: Record<string, unknown> } }
}

/** What a client can see of an error: status, type, message and validation errors. */
const visible = (r: { status: number; body: { error?: Record<string, unknown> } }) => ({
  status: r.status,
  type: r.body.error?.['type'],
  message: r.body.error?.['message'],
  validation_errors: r.body.error?.['validation_errors'],
})

const since = '2020-01-01T00:00:00.000Z'
const between = ['2020-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z']

describe('events/list requires since or between, as Seam does', () => {
  it.each([
    ['no window at all', {}],
    ['filters but no window', { device_id: 'august_device_1' }],
    ['both since and between', { since, between }],
  ])('%s: the same 400 invalid_input as Seam', async (_label, body) => {
    const seam = visible(await fromFake(body))
    expect(seam.status).toBe(400)
    expect(seam.type).toBe('invalid_input')
    expect(visible(await sb.call('/events/list', body))).toEqual(seam)
  })

  it('a GET without a window is refused the same way', async () => {
    const seam = visible(await fromFake(undefined, 'GET'))
    expect(seam.message).toBe('Must specify either since or between')
    expect(visible(await sb.call('/events/list', undefined, { method: 'GET' }))).toEqual(seam)
  })

  it('since alone and between alone are accepted by both', async () => {
    for (const body of [{ since }, { between }]) {
      expect((await fromFake(body)).status).toBe(200)
      const ours = await sb.call('/events/list', body)
      expect(ours.status).toBe(200)
      expect(ours.body.events.length).toBeGreaterThan(0)
    }
  })
})
