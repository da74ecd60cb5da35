// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { openTeam, type Team } from './team'
import { scratchPostgresDatabase } from '../store/testing/postgres'

const MINUTE = 60_000
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

type Opened = { team: Team; clock: { advance(ms: number): void } }

const backends: [string, () => Promise<Opened>][] = [
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'doorman-team-'))
      let now = 1_700_000_000_000
      const team = await openTeam({ dataDir: dir, now: () => now })
      cleanups.push(async () => {
        await team.close()
        rmSync(dir, { recursive: true, force: true })
      })
      return { team, clock: { advance: (ms) => (now += ms) } }
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const database = await scratchPostgresDatabase()
      let now = 1_700_000_000_000
      const team = await openTeam({ dataDir: '', databaseUrl: database.url, now: () => now })
      cleanups.push(async () => {
        await team.close()
        await database.drop()
      })
      return { team, clock: { advance: (ms) => (now += ms) } }
    },
  ],
]

const PASSWORD = 'correct horse battery'

describe.each(backends)('the team store on %s', (_name, open) => {
  it('adds accounts with hashed passwords and authenticates them', async () => {
    const { team } = await open()
    expect(await team.users.count()).toBe(0)
    const ana = await team.users.add(' Ana@Example.com ', 'admin', PASSWORD)
    expect(ana).toMatchObject({ email: 'ana@example.com', role: 'admin', disabled: false })
    expect(await team.users.count()).toBe(1)
    expect((await team.users.authenticate('ANA@example.com', PASSWORD))?.id).toBe(ana.id)
    expect(await team.users.authenticate('ana@example.com', `${PASSWORD}!`)).toBeUndefined()
    expect(await team.users.authenticate('nobody@example.com', PASSWORD)).toBeUndefined()
    await expect(team.users.add('ana@example.com', 'viewer', PASSWORD)).rejects.toThrow(
      /already an account/,
    )
    await expect(team.users.add('bo@example.com', 'viewer', 'short')).rejects.toThrow(
      /at least 12 characters/,
    )
    await expect(team.users.add('not-an-email', 'viewer', PASSWORD)).rejects.toThrow(/not an email/)
  })

  it('ends sessions on idle, age, logout and account changes', async () => {
    const { team, clock } = await open()
    const ana = await team.users.add('ana@example.com', 'manager', PASSWORD)
    const token = await team.sessions.create(ana.id)
    expect((await team.sessions.resolve(token))?.email).toBe('ana@example.com')

    clock.advance(29 * MINUTE)
    expect(await team.sessions.resolve(token)).toBeDefined()
    clock.advance(31 * MINUTE)
    expect(await team.sessions.resolve(token)).toBeUndefined()

    const second = await team.sessions.create(ana.id)
    await team.users.setRole('ana@example.com', 'viewer')
    expect(await team.sessions.resolve(second)).toBeUndefined()

    const third = await team.sessions.create(ana.id)
    await team.users.resetPassword('ana@example.com', `${PASSWORD} two`)
    expect(await team.sessions.resolve(third)).toBeUndefined()
    expect(await team.users.authenticate('ana@example.com', `${PASSWORD} two`)).toBeDefined()

    const fourth = await team.sessions.create(ana.id)
    await team.users.setDisabled('ana@example.com', true)
    expect(await team.sessions.resolve(fourth)).toBeUndefined()
    expect(await team.users.authenticate('ana@example.com', `${PASSWORD} two`)).toBeUndefined()
    await team.users.setDisabled('ana@example.com', false)

    const fifth = await team.sessions.create(ana.id)
    await team.sessions.revoke(fifth)
    expect(await team.sessions.resolve(fifth)).toBeUndefined()

    // 12 hours absolute, however busy.
    const busy = await team.sessions.create(ana.id)
    for (let hour = 0; hour < 12; hour++) {
      for (let q = 0; q < 4; q++) {
        clock.advance(15 * MINUTE)
        if (hour * 4 + q < 47) expect(await team.sessions.resolve(busy)).toBeDefined()
      }
    }
    clock.advance(1)
    expect(await team.sessions.resolve(busy)).toBeUndefined()
  })

  it('never leaves the team without an active admin', async () => {
    const { team } = await open()
    await team.users.add('ana@example.com', 'admin', PASSWORD)
    await expect(team.users.setRole('ana@example.com', 'manager')).rejects.toThrow(
      /only active admin/,
    )
    await expect(team.users.setDisabled('ana@example.com', true)).rejects.toThrow(
      /only active admin/,
    )
    await team.users.add('bo@example.com', 'admin', PASSWORD)
    await team.users.setDisabled('bo@example.com', true)
    await expect(team.users.setRole('ana@example.com', 'viewer')).rejects.toThrow(
      /only active admin/,
    )
    await team.users.setDisabled('bo@example.com', false)
    expect((await team.users.setRole('ana@example.com', 'viewer')).role).toBe('viewer')
  })

  it('sweeps expired sessions', async () => {
    const { team, clock } = await open()
    const ana = await team.users.add('ana@example.com', 'admin', PASSWORD)
    await team.sessions.create(ana.id)
    clock.advance(20 * MINUTE)
    const live = await team.sessions.create(ana.id)
    clock.advance(11 * MINUTE)
    expect(await team.sessions.sweep()).toBe(1)
    expect(await team.sessions.resolve(live)).toBeDefined()
  })

  it('appends audit entries, lists them newest first with filters, and refuses to edit one', async () => {
    const { team, clock } = await open()
    const entries = [
      { actorEmail: 'sam@example.com', action: 'login' },
      {
        actorEmail: 'sam@example.com',
        action: 'access_code.reveal',
        deviceId: 'd1',
        accessCodeId: 'c1',
        accessCodeName: 'Guest',
        details: { purpose: 'reveal' },
      },
      {
        actorEmail: 'ana@example.com',
        action: 'access_code.delete',
        deviceId: 'd2',
        result: 'access_code_not_found',
      },
    ]
    for (const [i, entry] of entries.entries()) {
      await team.audit.append({ actorRole: 'support', result: 'ok', at: Date.now() + i, ...entry })
      clock.advance(1)
    }
    const all = await team.audit.list()
    expect(all.map((e) => e.action)).toEqual(['access_code.delete', 'access_code.reveal', 'login'])
    expect(all[1]).toMatchObject({ accessCodeName: 'Guest', details: { purpose: 'reveal' } })
    expect((await team.audit.list({ actor: 'SAM@example.com' })).length).toBe(2)
    expect((await team.audit.list({ deviceId: 'd1' })).map((e) => e.action)).toEqual([
      'access_code.reveal',
    ])
    expect((await team.audit.list({ before: all[0]!.id, limit: 1 })).map((e) => e.action)).toEqual([
      'access_code.reveal',
    ])

    // The database itself refuses an UPDATE of an entry.
    const db = (team as unknown as { audit: { db: import('kysely').Kysely<never> } }).audit.db
    await expect(
      sql`UPDATE audit_log SET actor_email = 'someone@else'`.execute(db),
    ).rejects.toThrow(/append-only/)
    expect((await team.audit.list()).every((e) => e.actorEmail !== 'someone@else')).toBe(true)
  })
})
