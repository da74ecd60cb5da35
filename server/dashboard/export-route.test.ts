// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '../../src/lib/permissions'
import { startSignedInDashboard, type SignedInDashboard } from './testing/signed-in-dashboard'

const code = (id: string, pin: string | null) => ({
  access_code_id: id,
  device_id: 'd1',
  name: `Guest ${id}`,
  code: pin,
  type: 'ongoing',
  status: 'set',
})

let dashboard: SignedInDashboard
let upstream: SignedInDashboard['upstream']
let team: SignedInDashboard['team']

beforeAll(async () => {
  // Answers more codes than asked for, as Seam's fake does for `access_code_ids` alone.
  dashboard = await startSignedInDashboard((path) =>
    path === '/access_codes/list'
      ? Response.json({
          ok: true,
          access_codes: [code('c1', '482916'), code('c2', null), code('c3', '111222')],
        })
      : undefined,
  )
  ;({ upstream, team } = dashboard)
})
afterAll(() => dashboard.close())
beforeEach(() => {
  upstream.seen.length = 0
})

const exportCall = (role: Role, body: unknown) => dashboard.post(role, '/api/_doorman/export', body)
/** An export of two rows with the PINs of c1 (set) and c2 (none yet). */
const pinExport = (role: Role, table: string, scope: string) =>
  exportCall(role, { table, rows: 2, scope, pins_for: ['c1', 'c2'] })
const lastExport = async (actor: string) =>
  (await team.audit.list({ action: 'export.csv', actor }))[0]

describe('POST /api/_doorman/export', () => {
  it('refuses PINs to a viewer, asks Seam nothing, and records the refusal', async () => {
    const res = await pinExport('viewer', 'access_codes', 'selected')
    expect(res.status).toBe(403)
    expect(await res.text()).not.toContain('482916')
    expect(upstream.seen).toEqual([])
    expect(await lastExport('viewer@example.com')).toMatchObject({
      actorRole: 'viewer',
      result: 'forbidden',
      details: { table: 'access_codes', rows: 2, scope: 'selected', pins: true, pin_count: 2 },
    })
  })

  it('gives a support user the PINs of exactly the codes asked for, after one audit entry', async () => {
    const before = (await team.audit.list({ action: 'export.csv' })).length
    const res = await pinExport('support', 'device_access_codes', 'lock d1; filters: none')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({
      ok: true,
      pins: [
        { access_code_id: 'c1', code: '482916' },
        { access_code_id: 'c2', code: null },
      ],
    })
    expect(JSON.parse(upstream.seen[0]!.body)).toEqual({ access_code_ids: ['c1', 'c2'] })
    expect((await team.audit.list({ action: 'export.csv' })).length).toBe(before + 1)
    expect(await lastExport('support@example.com')).toMatchObject({
      actorRole: 'support',
      result: 'ok',
      details: { table: 'device_access_codes', rows: 2, pins: true, pin_count: 2 },
    })
  })

  it('records an export without PINs for any role, and asks Seam nothing', async () => {
    const res = await exportCall('viewer', { table: 'devices', rows: 25, scope: 'filters: none' })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
    expect(upstream.seen).toEqual([])
    expect(await lastExport('viewer@example.com')).toMatchObject({
      result: 'ok',
      details: { table: 'devices', rows: 25, pins: false },
    })
  })

  it('refuses the audit log to a role that may not read it', async () => {
    expect((await exportCall('support', { table: 'audit_log', rows: 3 })).status).toBe(403)
    expect(await lastExport('support@example.com')).toMatchObject({
      result: 'forbidden',
      details: { table: 'audit_log' },
    })
    expect((await exportCall('manager', { table: 'audit_log', rows: 3 })).status).toBe(200)
  })

  it('refuses a table it does not know', async () => {
    const res = await exportCall('admin', { table: 'users', rows: 1 })
    expect(res.status).toBe(400)
  })
})
