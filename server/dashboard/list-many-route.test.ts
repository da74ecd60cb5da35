// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { LIST_MANY_MAX_DEVICES } from '../../src/api/schemas/list-many'
import { ROLES } from '../../src/lib/permissions'
import { HIDDEN_MARK } from './pins'
import { LIST_MANY_CONCURRENCY } from './list-many-route'
import { SAME_ORIGIN } from './testing/recording-upstream'
import { startSignedInDashboard, type SignedInDashboard } from './testing/signed-in-dashboard'

// Every role may read codes today, so "a role without the read right" is made here: the viewer
// loses `codes.read` in this file only (the proxy reads the same table, which the test checks).
vi.mock('../../src/lib/permissions', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/permissions')>()
  return {
    ...real,
    can: (role: Parameters<typeof real.can>[0], permission: Parameters<typeof real.can>[1]) =>
      role === 'viewer' && permission === 'codes.read' ? false : real.can(role, permission),
  }
})

const PIN = '482916'
const ROUTE = '/api/_doorman/access_codes/list_many'

const code = (id: string, deviceId: string, pin: string | null = PIN) => ({
  access_code_id: id,
  device_id: deviceId,
  name: `Guest ${id}`,
  code: pin,
  type: 'ongoing',
  status: 'set',
})

type Entry = {
  device_id: string
  access_codes?: Record<string, unknown>[]
  status?: number
  error?: { type: string; message: string; request_id: string }
}

// Per lock: a held answer (to count how many are in flight), a Seam error, or its codes. Every
// answer also carries another lock's code, as Seam's fake does.
let hold: Promise<void> | undefined
let inFlight = 0
let peakInFlight = 0
async function seamAnswer(path: string, body: string): Promise<Response> {
  const json = (value: unknown, status = 200) =>
    Response.json(value, { status, headers: { 'seam-request-id': 'req-1' } })
  if (path !== '/access_codes/list') return json({ ok: true })
  const { device_id } = JSON.parse(body) as { device_id: string }
  inFlight += 1
  peakInFlight = Math.max(peakInFlight, inFlight)
  await hold
  inFlight -= 1
  if (device_id === 'gone')
    return json(
      {
        ok: false,
        error: { type: 'device_not_found', message: 'No such device', request_id: 'r-404' },
      },
      404,
    )
  return json({
    ok: true,
    access_codes: [
      code(`${device_id}-a`, device_id),
      code(`${device_id}-b`, device_id, null),
      code('x', 'other'),
    ],
  })
}

let dashboard: SignedInDashboard
beforeAll(async () => {
  dashboard = await startSignedInDashboard(seamAnswer)
})
afterAll(() => dashboard.close())
beforeEach(() => {
  dashboard.upstream.seen.length = 0
  hold = undefined
  peakInFlight = 0
})

const listMany = (role: (typeof ROLES)[number], body: unknown) => dashboard.post(role, ROUTE, body)
const seenLists = () => dashboard.upstream.seen.filter((r) => r.path === '/access_codes/list')

describe('POST /api/_doorman/access_codes/list_many', () => {
  it("answers each lock's codes as the proxy would: only that lock's, PINs hidden for every role", async () => {
    for (const role of ['admin', 'manager', 'support'] as const) {
      const res = await listMany(role, { device_ids: ['d1', 'd2'] })
      expect(res.status, role).toBe(200)
      const text = await res.text()
      expect(text, role).not.toContain(PIN)
      const { lists } = JSON.parse(text) as { lists: Entry[] }
      expect(
        lists.map((l) => [l.device_id, l.access_codes?.map((c) => c['access_code_id'])]),
      ).toEqual([
        ['d1', ['d1-a', 'd1-b']],
        ['d2', ['d2-a', 'd2-b']],
      ])
      // Marked as the proxy marks them, so the page offers "Show code" (through reveal_code).
      expect(lists[0]!.access_codes!.map((c) => [c['code'], c[HIDDEN_MARK]])).toEqual([
        [null, true],
        [null, undefined],
      ])
    }
    // The proxy's own list hides them for the same roles: the two reads agree.
    const proxied = await dashboard.post('admin', '/api/access_codes/list', { device_id: 'd1' })
    expect(await proxied.text()).not.toContain(PIN)
    // Each lock is one `access_codes/list { device_id }`, exactly as the page would have sent.
    expect(seenLists().map((r) => JSON.parse(r.body) as unknown)).toContainEqual({
      device_id: 'd1',
    })
  })

  it('refuses a role without the read right before anything reaches Seam, as the proxy does', async () => {
    const res = await listMany('viewer', { device_ids: ['d1'] })
    expect(res.status).toBe(403)
    const body = (await res.json()) as Entry & { error: { type: string; request_id: string } }
    expect(body.error.type).toBe('forbidden')
    expect(body.error.request_id).toBe(res.headers.get('seam-request-id'))
    expect(
      (await dashboard.post('viewer', '/api/access_codes/list', { device_id: 'd1' })).status,
    ).toBe(403)
    expect(dashboard.upstream.seen).toEqual([])
  })

  it('writes no audit entry (the proxy does not audit reads)', async () => {
    const before = (await dashboard.team.audit.list({ limit: 5000 })).length
    expect((await listMany('admin', { device_ids: ['d1'] })).status).toBe(200)
    expect((await dashboard.team.audit.list({ limit: 5000 })).length).toBe(before)
  })

  it('one failing lock carries its own Seam error; the others still answer', async () => {
    const res = await listMany('support', { device_ids: ['d1', 'gone', 'd2'] })
    expect(res.status).toBe(200)
    const { lists } = (await res.json()) as { lists: Entry[] }
    expect(lists.map((l) => l.device_id)).toEqual(['d1', 'gone', 'd2'])
    expect(lists[0]!.access_codes).toHaveLength(2)
    expect(lists[1]).toEqual({
      device_id: 'gone',
      status: 404,
      error: { type: 'device_not_found', message: 'No such device', request_id: 'r-404' },
    })
    expect(lists[2]!.access_codes).toHaveLength(2)
  })

  it(`asks Seam at most ${LIST_MANY_CONCURRENCY} locks at a time, each lock once`, async () => {
    let release = () => {}
    hold = new Promise((r) => (release = r))
    const ids = Array.from({ length: 40 }, (_, i) => `d${i}`)
    const pending = listMany('admin', { device_ids: [...ids, 'd0', 'd1'] })
    await vi.waitFor(() => expect(inFlight).toBe(LIST_MANY_CONCURRENCY))
    release()
    const { lists } = (await (await pending).json()) as { lists: Entry[] }
    expect(lists.map((l) => l.device_id)).toEqual(ids)
    expect(peakInFlight).toBe(LIST_MANY_CONCURRENCY)
    expect(seenLists()).toHaveLength(40)
  })

  it.each([
    ['no device_ids', {}],
    ['an empty list', { device_ids: [] }],
    ['a non-string id', { device_ids: ['d1', 7] }],
    [
      `more than ${LIST_MANY_MAX_DEVICES} locks`,
      { device_ids: Array.from({ length: LIST_MANY_MAX_DEVICES + 1 }, (_, i) => `d${i}`) },
    ],
  ])('answers %s with invalid_input on device_ids, asking Seam nothing', async (_, body) => {
    const res = await listMany('admin', body)
    expect(res.status).toBe(400)
    const { error } = (await res.json()) as {
      error: { type: string; request_id: string; validation_errors: Record<string, unknown> }
    }
    expect(error.type).toBe('invalid_input')
    expect(error.request_id).toBe(res.headers.get('seam-request-id'))
    expect(error.validation_errors).toMatchObject({ device_ids: { _errors: expect.any(Array) } })
    expect(dashboard.upstream.seen).toEqual([])
  })

  it('takes the /api guards: a cross-site request and a body over 1 MB are refused', async () => {
    const crossSite = await dashboard.app.request(ROUTE, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/json',
        cookie: dashboard.cookie('admin'),
      },
      body: JSON.stringify({ device_ids: ['d1'] }),
    })
    expect(crossSite.status).toBe(403)
    expect(await crossSite.json()).toMatchObject({ error: { type: 'cross_site_request' } })
    const asForm = await dashboard.app.request(ROUTE, {
      method: 'POST',
      headers: { ...SAME_ORIGIN, 'content-type': 'text/plain', cookie: dashboard.cookie('admin') },
      body: JSON.stringify({ device_ids: ['d1'] }),
    })
    expect(asForm.status).toBe(403)
    const big = await listMany('admin', { device_ids: ['d1'], padding: 'x'.repeat(1024 * 1024) })
    expect(big.status).toBe(413)
    expect(await big.json()).toMatchObject({ error: { type: 'payload_too_large' } })
    expect(dashboard.upstream.seen).toEqual([])
  })
})
