// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { can, ROLES, type Role } from '../../src/lib/permissions'
import { SANDBOX_ROUTES, SEAM_ROUTES } from './seam-routes'
import { HIDDEN_MARK } from './pins'
import { startSignedInDashboard, type SignedInDashboard } from './testing/signed-in-dashboard'

const PIN = '482916'
const BACKUP_PIN = '770013'
const code = (id: string, extra: Record<string, unknown> = {}) => ({
  access_code_id: id,
  device_id: 'd1',
  name: 'Guest in 1A',
  code: PIN,
  type: 'ongoing',
  status: 'set',
  ...extra,
})

/** A Seam stand-in whose answers carry PINs wherever Seam's do. */
function seamAnswer(path: string): Response | undefined {
  const json = (body: unknown) => Response.json(body, { headers: { 'seam-request-id': 'req-1' } })
  switch (path) {
    case '/access_codes/list':
      return json({ ok: true, access_codes: [code('c1'), code('c2', { code: null })] })
    case '/access_codes/get':
      return json({ ok: true, access_code: code('c1') })
    case '/access_codes/unmanaged/list':
      return json({ ok: true, access_codes: [code('u1')] })
    case '/access_codes/unmanaged/get':
      return json({ ok: true, access_code: code('u1') })
    case '/access_codes/create':
      return json({ ok: true, access_code: code('c9') })
    case '/access_codes/pull_backup_access_code':
      return json({
        ok: true,
        backup_access_code: code('b1', { code: BACKUP_PIN, is_backup: true }),
      })
    case '/devices/get':
      return json({ ok: true, device: { device_id: 'd1', display_name: 'Front door 1A' } })
    case '/events/list':
      return json({ ok: true, events: [{ event_id: 'e1', access_code_id: 'c1', code: PIN }] })
    default:
      return undefined
  }
}

let dashboard: SignedInDashboard
let upstream: SignedInDashboard['upstream']
let team: SignedInDashboard['team']

beforeAll(async () => {
  dashboard = await startSignedInDashboard(seamAnswer)
  ;({ upstream, team } = dashboard)
})
afterAll(() => dashboard.close())

const call = (role: Role, route: string, body: unknown = {}) =>
  dashboard.post(role, `/api/${route}`, body)

const everyRoute = [...SEAM_ROUTES, ...SANDBOX_ROUTES]
const matrix = ROLES.flatMap((role) =>
  everyRoute.map(([route, policy]) => [role, route, policy.permission] as const),
)

describe('every role × every allowlisted route', () => {
  it.each(matrix)('%s → /%s (%s)', async (role, route, permission) => {
    upstream.seen.length = 0
    const res = await call(role, route, { access_code_id: 'c1', device_id: 'd1', name: 'x' })
    const forwarded = upstream.seen.some((r) => r.path === `/${route}`)
    if (can(role, permission)) {
      expect(res.status).toBe(200)
      expect(forwarded).toBe(true)
    } else {
      expect(res.status).toBe(403)
      expect(await res.json()).toMatchObject({ ok: false, error: { type: 'forbidden' } })
      expect(upstream.seen).toEqual([]) // refused before anything reached Seam
    }
  })

  it('the table grants what the issue lists', () => {
    const grants = Object.fromEntries(
      ROLES.map((r) => [
        r,
        ['codes.reveal', 'codes.write', 'audit.read', 'users.manage'].filter((p) =>
          can(r, p as never),
        ),
      ]),
    )
    expect(grants).toEqual({
      admin: ['codes.reveal', 'codes.write', 'audit.read', 'users.manage'],
      manager: ['codes.reveal', 'codes.write', 'audit.read'],
      support: ['codes.reveal'],
      viewer: [],
    })
  })
})

describe('PINs never reach a browser unasked', () => {
  it.each(ROLES)('no list, get or event answer carries a PIN for %s', async (role) => {
    for (const route of [
      'access_codes/list',
      'access_codes/get',
      'access_codes/unmanaged/list',
      'access_codes/unmanaged/get',
      'events/list',
    ]) {
      const res = await call(role, route, { device_id: 'd1', access_code_id: 'c1' })
      const text = await res.text()
      expect(res.status, route).toBe(200)
      expect(text, route).not.toContain(PIN)
    }
    const list = (await (await call(role, 'access_codes/list')).json()) as {
      access_codes: Record<string, unknown>[]
    }
    // A hidden PIN is marked, so the page can offer "Show code"; a code without a PIN is not.
    expect(list.access_codes.map((c) => [c['code'], c[HIDDEN_MARK]])).toEqual([
      [null, true],
      [null, undefined],
    ])
  })

  it('a support user reveals and copies a PIN, each audited with their email', async () => {
    const reveal = await call('support', '_doorman/reveal_code', { access_code_id: 'c1' })
    expect(reveal.status).toBe(200)
    expect(await reveal.json()).toEqual({ ok: true, access_code_id: 'c1', code: PIN })
    const copy = await call('support', '_doorman/reveal_code', {
      access_code_id: 'u1',
      purpose: 'copy',
      unmanaged: true,
    })
    expect(((await copy.json()) as { code: string }).code).toBe(PIN)
    const entries = await team.audit.list({ actor: 'support@example.com' })
    expect(
      entries.slice(0, 2).map((e) => [e.action, e.accessCodeId, e.result, e.deviceId]),
    ).toEqual([
      ['access_code.copy', 'u1', 'ok', 'd1'],
      ['access_code.reveal', 'c1', 'ok', 'd1'],
    ])
    expect(entries[1]).toMatchObject({ actorRole: 'support', accessCodeName: 'Guest in 1A' })
  })

  it('a viewer may not reveal: 403, nothing fetched, and the attempt recorded', async () => {
    upstream.seen.length = 0
    const res = await call('viewer', '_doorman/reveal_code', { access_code_id: 'c1' })
    expect(res.status).toBe(403)
    expect(await res.text()).not.toContain(PIN)
    expect(upstream.seen).toEqual([])
    const [entry] = await team.audit.list({
      actor: 'viewer@example.com',
      action: 'access_code.reveal',
    })
    expect(entry?.result).toBe('forbidden')
  })

  it('a pulled backup code is shown to whoever pulled it, and audited', async () => {
    const res = await call('support', 'access_codes/pull_backup_access_code', {
      access_code_id: 'c1',
    })
    expect(
      ((await res.json()) as { backup_access_code: { code: string } }).backup_access_code.code,
    ).toBe(BACKUP_PIN)
    const [entry] = await team.audit.list({ action: 'access_code.pull_backup' })
    expect(entry).toMatchObject({
      actorEmail: 'support@example.com',
      accessCodeId: 'c1',
      deviceName: 'Front door 1A',
      requestId: 'req-1',
      result: 'ok',
      details: { backup_access_code_id: 'b1' },
    })
    expect(JSON.stringify(entry)).not.toContain(BACKUP_PIN)
  })
})

describe('the audit log', () => {
  it('records an update with the fields before and after, never the PIN', async () => {
    await call('manager', 'access_codes/update', {
      access_code_id: 'c1',
      name: 'Guest in 1B',
      code: '135790',
    })
    const [entry] = await team.audit.list({
      action: 'access_code.update',
      actor: 'manager@example.com',
    })
    expect(entry).toMatchObject({
      deviceId: 'd1',
      deviceName: 'Front door 1A',
      accessCodeName: 'Guest in 1A',
      details: {
        before: { name: 'Guest in 1A', type: 'ongoing' },
        after: { name: 'Guest in 1B', type: 'ongoing' },
        code_changed: true,
      },
    })
    expect(JSON.stringify(entry)).not.toMatch(new RegExp(`${PIN}|135790`))
  })

  it('is readable by admins and managers only, and no route edits or deletes it', async () => {
    for (const role of ROLES) {
      const res = await call(role, '_doorman/audit/list', {})
      expect(res.status, role).toBe(can(role, 'audit.read') ? 200 : 403)
    }
    const before = (await team.audit.list({ limit: 5000 })).length
    for (const route of [
      '_doorman/audit/delete',
      '_doorman/audit/update',
      '_doorman/audit/clear',
    ]) {
      expect((await call('admin', route, { id: '1' })).status).toBe(404)
    }
    expect((await team.audit.list({ limit: 5000 })).length).toBe(before)
  })

  it('user management is for admins only, and every change is recorded', async () => {
    for (const role of ['manager', 'support', 'viewer'] as const) {
      expect((await call(role, '_doorman/users/list')).status).toBe(403)
      const add = await call(role, '_doorman/users/add', {
        email: `new-by-${role}@example.com`,
        role: 'admin',
        password: 'a long enough password',
      })
      expect(add.status).toBe(403)
    }
    expect(await team.users.find('new-by-manager@example.com')).toBeUndefined()
    const added = await call('admin', '_doorman/users/add', {
      email: 'dee@example.com',
      role: 'viewer',
      password: 'a long enough password',
    })
    expect(added.status).toBe(200)
    const short = await call('admin', '_doorman/users/add', {
      email: 'eve@example.com',
      role: 'viewer',
      password: 'short',
    })
    expect(short.status).toBe(400)
    const actions = (await team.audit.list({ actor: 'admin@example.com' })).map((e) => [
      e.action,
      e.result,
    ])
    expect(actions.slice(0, 2)).toEqual([
      ['user.add', 'invalid_password'],
      ['user.add', 'ok'],
    ])
    expect(JSON.stringify(await team.audit.list())).not.toContain('a long enough password')
  })

  it('an admin cannot change their own role or disable themselves', async () => {
    for (const [route, body] of [
      ['_doorman/users/set_role', { email: 'admin@example.com', role: 'viewer' }],
      ['_doorman/users/set_disabled', { email: 'ADMIN@example.com', disabled: true }],
    ] as const) {
      const res = await call('admin', route, body)
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error: { type: 'own_account' } })
    }
    expect((await team.users.find('admin@example.com'))?.role).toBe('admin')
  })

  it('bad input gets invalid_input with Seam-shaped validation_errors on the field', async () => {
    const res = await call('admin', '_doorman/users/set_role', {
      email: 'viewer@example.com',
      role: 'root',
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      error: { type: string; request_id: string; validation_errors: Record<string, unknown> }
    }
    expect(body.error.type).toBe('invalid_input')
    expect(body.error.request_id).toBe(res.headers.get('seam-request-id'))
    expect(body.error.validation_errors).toMatchObject({
      _errors: [],
      role: { _errors: [expect.any(String)] },
    })
  })
})
