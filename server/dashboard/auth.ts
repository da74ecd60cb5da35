import type { Context, Hono } from 'hono'
import { getCookie, setCookie, deleteCookie } from 'hono/cookie'
import { bodyLimit } from 'hono/body-limit'
import type { Team } from '../accounts/team'
import { loginPage } from './login-page'
import { LoginThrottle } from './login-throttle'
import { safeNext } from './safe-next'
import { clientAddress, requestProtocol } from './client-address'
import { sameOriginGuard, type GuardOptions } from './request-guard'
import { envelope } from './envelope'
import { LOCAL_ACTOR, type DashboardEnv } from './actor'
import type { RecordAudit } from './audit-writer'

export const SESSION_COOKIE = 'doorman_session'
export const LOGIN_BODY_LIMIT = 16 * 1024
const SESSION_SWEEP_MS = 60_000

export type AuthOptions = GuardOptions & {
  team: Team
  record: RecordAudit
  /** Off loopback a sign-in is always required; on loopback only once an account exists. */
  loginRequired: boolean
  throttle?: LoginThrottle | undefined
  log: (line: string) => void
}

/**
 * `/login`, `/logout`, and the middleware that decides who every later request is from: a
 * session's user, `local` (loopback with no accounts yet), or nobody (401 / the login page).
 */
export function mountAuth(app: Hono<DashboardEnv>, options: AuthOptions): void {
  const { team, trustProxy, log, record } = options
  const throttle = options.throttle ?? new LoginThrottle()
  setInterval(() => void team.sessions.sweep().catch(() => {}), SESSION_SWEEP_MS).unref()

  // Accounts are disabled, never deleted: once one exists, sign-in stays required.
  let accountsExist = false
  const signInRequired = async () =>
    options.loginRequired || accountsExist || (accountsExist = (await team.users.count()) > 0)

  const formOnly = sameOriginGuard({
    ...options,
    contentTypes: ['application/x-www-form-urlencoded'],
  })
  const cappedForm = bodyLimit({
    maxSize: LOGIN_BODY_LIMIT,
    onError: (c) => envelope(c, 413, 'payload_too_large', 'The sign-in form is over 16 KB'),
  })

  app.get('/login', async (c) => {
    if (!(await signInRequired())) return c.redirect('/', 303)
    return c.html(loginPage({ next: safeNext(c.req.query('next')) }))
  })

  app.post('/login', formOnly, cappedForm, async (c) => {
    const form = await c.req.parseBody()
    const next = safeNext(form['next'])
    const email = (typeof form['email'] === 'string' ? form['email'] : '').trim().toLowerCase()
    const password = typeof form['password'] === 'string' ? form['password'] : ''
    const address = clientAddress(c, trustProxy)
    const keys = [`address:${address}`, `account:${email}`]
    const waitMs = throttle.retryAfterMs(keys)
    if (waitMs > 0) return tooManyAttempts(c, waitMs, next, email)

    const user = await team.users.authenticate(email, password)
    if (!user) {
      const failures = throttle.recordFailure(keys)
      log(
        `[login] failed sign-in for ${email || '(no email)'} from ${address} (${failures} recent failures)`,
      )
      await record(
        c,
        { email: email.slice(0, 254) || '(none)', role: 'viewer', local: false },
        {
          action: 'login',
          result: 'invalid_credentials',
        },
      ).catch(() => log('[audit] could not record a failed sign-in'))
      const lockedMs = throttle.retryAfterMs(keys)
      if (lockedMs > 0) return tooManyAttempts(c, lockedMs, next, email)
      return c.html(
        loginPage({ error: 'That email and password do not match an account.', next, email }),
        401,
      )
    }
    throttle.recordSuccess(keys)
    accountsExist = true
    setCookie(c, SESSION_COOKIE, await team.sessions.create(user.id), {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: requestProtocol(c, trustProxy) === 'https',
    })
    await record(c, { ...user, local: false }, { action: 'login', result: 'ok' })
    return c.redirect(next, 303)
  })

  app.post(
    '/logout',
    sameOriginGuard({
      ...options,
      contentTypes: ['application/x-www-form-urlencoded', 'application/json'],
    }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE)
      const user = await team.sessions.resolve(token)
      await team.sessions.revoke(token)
      deleteCookie(c, SESSION_COOKIE, { path: '/' })
      if (user) await record(c, { ...user, local: false }, { action: 'logout', result: 'ok' })
      return c.redirect('/login', 303)
    },
  )

  app.use('*', async (c, next) => {
    if (c.req.path === '/favicon.svg') return next()
    if (!(await signInRequired())) {
      c.set('actor', LOCAL_ACTOR)
      return next()
    }
    const user = await team.sessions.resolve(getCookie(c, SESSION_COOKIE))
    if (user) {
      c.set('actor', { email: user.email, role: user.role, local: false })
      return next()
    }
    if (c.req.path.startsWith('/api/'))
      return envelope(c, 401, 'unauthorized', 'Your session has ended. Sign in again.')
    // Back to the same page after sign-in, filters and all: the query string is part of it.
    const { pathname, search } = new URL(c.req.url)
    return c.redirect(`/login?next=${encodeURIComponent(safeNext(pathname + search))}`, 303)
  })
}

function tooManyAttempts(c: Context, waitMs: number, next: string, email: string) {
  const seconds = Math.ceil(waitMs / 1000)
  c.header('retry-after', String(seconds))
  const minutes = Math.ceil(seconds / 60)
  const error = `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
  return c.html(loginPage({ error, next, email }), 429)
}
