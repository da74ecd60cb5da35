import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Hono } from 'hono'
import type { Role } from '../../../src/lib/permissions'
import { openTeam, type Team } from '../../accounts/team'
import { SAME_ORIGIN } from './recording-upstream'

export const TEST_PASSWORD = 'correct horse battery staple'

/** A team store in a temporary SQLite file; `close` removes it. */
export async function openTestTeam(now?: () => number): Promise<Team> {
  const dir = mkdtempSync(join(tmpdir(), 'doorman-team-'))
  const team = await openTeam({ dataDir: dir, ...(now ? { now } : {}) })
  return {
    ...team,
    close: async () => {
      await team.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Signs in through the real form and returns the `cookie` header value for later requests. */
export async function signIn(
  app: Hono<never> | { request: Hono['request'] },
  email: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const res = await app.request('/login', {
    method: 'POST',
    headers: { ...SAME_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, next: '/' }).toString(),
  })
  if (res.status !== 303) throw new Error(`sign-in as ${email} failed: ${res.status}`)
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!
}

/** One account per role, named `<role>@example.com`. */
export async function addEveryRole(team: Team, roles: readonly Role[]): Promise<void> {
  for (const role of roles) await team.users.add(`${role}@example.com`, role, TEST_PASSWORD)
}
