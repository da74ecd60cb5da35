// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, type ServerType } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { openTeam, type Team } from '../accounts/team'
import { scratchPostgresDatabase } from '../store/testing/postgres'
import { startRecordingUpstream } from './testing/recording-upstream'
import { loginRequiredDashboard } from './testing/signed-in-dashboard'
import { TEST_PASSWORD } from './testing/team'

// Two dashboard servers behind one load balancer share accounts, sessions and the audit log
// through one PostgreSQL database: a session made on one works on the other.
let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>
let database: Awaited<ReturnType<typeof scratchPostgresDatabase>>
const teams: Team[] = []
const servers: ServerType[] = []
const origins: string[] = []

beforeAll(async () => {
  upstream = await startRecordingUpstream()
  database = await scratchPostgresDatabase()
  // Both start (and migrate) at once, as two servers deployed together would.
  teams.push(
    ...(await Promise.all([0, 1].map(() => openTeam({ dataDir: '', databaseUrl: database.url })))),
  )
  for (const team of teams) {
    const app = loginRequiredDashboard(upstream.url, team)
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((r) => server.once('listening', r))
    servers.push(server)
    origins.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  }
  await teams[0]!.users.add('ana@example.com', 'manager', TEST_PASSWORD)
})
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
  for (const team of teams) await team.close()
  await database.drop()
  await upstream.close()
})

const post = (origin: string, path: string, body: unknown, cookie?: string) =>
  fetch(`${origin}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin,
      'content-type': 'application/json',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  })

describe('two dashboard servers on one PostgreSQL', () => {
  it('a session made on the first works on the second, and both write one audit log', async () => {
    const [first, second] = origins as [string, string]
    const login = await fetch(`${first}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: first, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'ana@example.com', password: TEST_PASSWORD }).toString(),
    })
    expect(login.status).toBe(303)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!

    expect((await post(second, '/api/devices/list', {})).status).toBe(401)
    expect((await post(second, '/api/devices/list', {}, cookie)).status).toBe(200)
    expect(
      (await post(first, '/api/access_codes/delete', { access_code_id: 'c-first' }, cookie)).status,
    ).toBe(200)
    expect(
      (await post(second, '/api/access_codes/delete', { access_code_id: 'c-second' }, cookie))
        .status,
    ).toBe(200)

    for (const origin of origins) {
      const res = await post(origin, '/api/_doorman/audit/list', {}, cookie)
      const { entries } = (await res.json()) as {
        entries: { action: string; access_code_id: string | null; actor_email: string }[]
      }
      expect(entries.map((e) => [e.action, e.access_code_id, e.actor_email])).toEqual([
        ['access_code.delete', 'c-second', 'ana@example.com'],
        ['access_code.delete', 'c-first', 'ana@example.com'],
        ['login', null, 'ana@example.com'],
      ])
    }

    // Logging out on the second ends the session on the first too.
    const logout = await fetch(`${second}/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: second, 'content-type': 'application/json', cookie },
      body: '{}',
    })
    expect(logout.status).toBe(303)
    expect((await post(first, '/api/devices/list', {}, cookie)).status).toBe(401)
  })
})
