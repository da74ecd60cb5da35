// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDashboardApp } from './app'
import { LoginThrottle } from './login-throttle'
import { SAME_ORIGIN } from './testing/recording-upstream'
import { openTestTeam, TEST_PASSWORD as PASSWORD } from './testing/team'
import type { Team } from '../accounts/team'

const teams: Team[] = []
afterAll(async () => {
  for (const team of teams) await team.close()
})
const staticDir = mkdtempSync(join(tmpdir(), 'doorman-login-'))
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Doorman SPA</title>')

async function setup() {
  let now = 1_000_000
  const lines: string[] = []
  const throttle = new LoginThrottle({ now: () => now })
  const team = await openTestTeam()
  teams.push(team)
  await team.users.add('ana@example.com', 'manager', PASSWORD)
  const app = createDashboardApp({
    backendUrl: 'http://127.0.0.1:1',
    apiKey: 'k',
    mode: 'sandbox',
    team,
    staticDir,
    trustProxy: true,
    throttle,
    log: (line) => lines.push(line),
  })
  const login = (
    password: string,
    options: { next?: string; from?: string; email?: string } = {},
  ) =>
    app.request('/login', {
      method: 'POST',
      headers: {
        ...SAME_ORIGIN,
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': options.from ?? '203.0.113.7',
      },
      body: new URLSearchParams({
        email: options.email ?? 'ana@example.com',
        password,
        next: options.next ?? '/',
      }).toString(),
    })
  return { app, team, login, lines, advance: (ms: number) => (now += ms) }
}

describe('sign-in throttling', () => {
  it('locks a client out after 5 failures, refusing even the right password, with Retry-After', async () => {
    const { login, lines, team } = await setup()
    for (let i = 1; i <= 4; i++) expect((await login(`guess-${i}`)).status).toBe(401)
    const fifth = await login('guess-5')
    expect(fifth.status).toBe(429)
    expect(Number(fifth.headers.get('retry-after'))).toBe(60)
    expect(await fifth.text()).toContain('Too many failed sign-ins')

    const right = await login(PASSWORD)
    expect(right.status).toBe(429)
    expect(right.headers.get('set-cookie')).toBeNull()

    // Every failure is logged once, with the address and never the password.
    expect(lines).toHaveLength(5)
    expect(lines[0]).toContain('203.0.113.7')
    expect(lines[0]).toContain('ana@example.com')
    expect(lines.join('\n')).not.toMatch(/guess-/)
    // …and audited, with the address and without the password.
    const audited = await team.audit.list({ action: 'login' })
    expect(audited).toHaveLength(5)
    expect(audited.every((e) => e.result === 'invalid_credentials')).toBe(true)
    expect(audited[0]).toMatchObject({
      actorEmail: 'ana@example.com',
      clientAddress: '203.0.113.7',
    })
    expect(JSON.stringify(audited)).not.toMatch(/guess-/)
  })

  it('200 guesses in a burst get 5 real tries; the rest are refused unchecked', async () => {
    const { login } = await setup()
    const statuses: number[] = []
    for (let i = 0; i < 200; i++) statuses.push((await login(`guess-${i}`)).status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(4)
    expect(statuses.filter((s) => s === 429)).toHaveLength(196)
  })

  it('the wait doubles with each failure after the lockout ends', async () => {
    const { login, advance } = await setup()
    for (let i = 0; i < 5; i++) await login('wrong')
    const waits: number[] = []
    for (let round = 0; round < 3; round++) {
      advance((2 ** round * 60 + 1) * 1000) // just past the current lockout
      const res = await login('wrong')
      expect(res.status).toBe(429)
      waits.push(Number(res.headers.get('retry-after')))
    }
    expect(waits).toEqual([120, 240, 480])
    advance(481_000)
    expect((await login(PASSWORD)).status).toBe(303)
  })

  it('locks the account against an attacker spreading guesses over many addresses', async () => {
    const { login } = await setup()
    for (let i = 0; i < 5; i++) await login('wrong', { from: `198.51.100.${i}` })
    const res = await login('wrong', { from: '198.51.100.99' })
    expect(res.status).toBe(429)
    // Another account is not locked by ana's failures from fresh addresses.
    const other = await login('wrong', { from: '198.51.100.100', email: 'bo@example.com' })
    expect(other.status).toBe(401)
  })

  it('forgets failures after 15 quiet minutes', async () => {
    const { login, advance } = await setup()
    for (let i = 0; i < 4; i++) await login('wrong')
    advance(15 * 60_000 + 1)
    for (let i = 0; i < 4; i++) expect((await login('wrong')).status).toBe(401)
  })
})

describe('the page to return to after signing in (`next`)', () => {
  const cases: [string, string][] = [
    ['/devices?x=1', '/devices?x=1'],
    ['/\\evil.example', '/'],
    ['/\tevil.example', '/'],
    ['/\t/evil.example', '/'],
    ['//evil.example', '/'],
    ['https:evil.example', '/'],
    ['https://evil.example', '/'],
    ['/ok\r\nSet-Cookie: x=1', '/'],
    ['/devices\\..\\', '/'],
    [`/${'a'.repeat(2048)}`, '/'],
  ]
  const named = cases.map(([next, expected]) => [JSON.stringify(next).slice(0, 40), next, expected])
  it.each(named)('%s redirects to %j after a real sign-in', async (_name, next, expected) => {
    const { login } = await setup()
    const res = await login(PASSWORD, { next })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(expected)
  })

  it('the login page never echoes an unsafe next into its form', async () => {
    const { app } = await setup()
    const page = await app.request('/login?next=%2F%5Cevil.example')
    expect(await page.text()).toContain('name="next" value="/"')
  })
})

describe('the sign-in form', () => {
  it('is refused from another site (login CSRF) and as anything but a form', async () => {
    const { app } = await setup()
    const crossSite = await app.request('/login', {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ password: PASSWORD }).toString(),
    })
    expect(crossSite.status).toBe(403)
    expect(crossSite.headers.get('set-cookie')).toBeNull()
    const asJson = await app.request('/login', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ password: PASSWORD }),
    })
    expect(asJson.status).toBe(403)
  })
})
