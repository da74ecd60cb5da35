import type { Context, Hono } from 'hono'
import { getCookie, setCookie, deleteCookie } from 'hono/cookie'
import { bodyLimit } from 'hono/body-limit'
import { loginPage } from './login-page'
import { SESSION_COOKIE, passwordMatches, type SessionStore } from './session'
import { LoginThrottle } from './login-throttle'
import { safeNext } from './safe-next'
import { clientAddress, requestProtocol } from './client-address'
import { sameOriginGuard, type GuardOptions } from './request-guard'
import { envelope } from './envelope'

export const LOGIN_BODY_LIMIT = 16 * 1024
// One shared password is one account: its failures lock it out from every address.
const ACCOUNT_KEY = 'account:doorman'

export type LoginOptions = GuardOptions & {
  password: string
  sessions: SessionStore
  throttle?: LoginThrottle
  log?: (line: string) => void
}

/** `/login` and `/logout`, and the session check in front of everything mounted after them. */
export function mountLogin(app: Hono, options: LoginOptions): void {
  const { password, sessions, trustProxy } = options
  const throttle = options.throttle ?? new LoginThrottle()
  const log = options.log ?? ((line) => console.warn(line))
  const formOnly = sameOriginGuard({
    ...options,
    contentTypes: ['application/x-www-form-urlencoded'],
  })
  const cappedForm = bodyLimit({
    maxSize: LOGIN_BODY_LIMIT,
    onError: (c) => envelope(c, 413, 'payload_too_large', 'The sign-in form is over 16 KB'),
  })

  app.get('/login', (c) => c.html(loginPage({ next: safeNext(c.req.query('next')) })))

  app.post('/login', formOnly, cappedForm, async (c) => {
    const address = clientAddress(c, trustProxy)
    const keys = [`address:${address}`, ACCOUNT_KEY]
    const form = await c.req.parseBody()
    const next = safeNext(form['next'])
    const waitMs = throttle.retryAfterMs(keys)
    if (waitMs > 0) return tooManyAttempts(c, waitMs, next)

    const given = typeof form['password'] === 'string' ? form['password'] : ''
    if (!passwordMatches(given, password)) {
      const failures = throttle.recordFailure(keys)
      log(`[login] failed sign-in from ${address} (${failures} recent failures)`)
      const lockedMs = throttle.retryAfterMs(keys)
      if (lockedMs > 0) return tooManyAttempts(c, lockedMs, next)
      return c.html(loginPage({ error: 'That password is not right.', next }), 401)
    }
    throttle.recordSuccess([`address:${address}`])
    setCookie(c, SESSION_COOKIE, sessions.create(), {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: requestProtocol(c, trustProxy) === 'https',
    })
    return c.redirect(next, 303)
  })

  app.post(
    '/logout',
    sameOriginGuard({
      ...options,
      contentTypes: ['application/x-www-form-urlencoded', 'application/json'],
    }),
    (c) => {
      sessions.revoke(getCookie(c, SESSION_COOKIE))
      deleteCookie(c, SESSION_COOKIE, { path: '/' })
      return c.redirect('/login', 303)
    },
  )

  app.use('*', async (c, next) => {
    if (c.req.path === '/favicon.svg' || sessions.touch(getCookie(c, SESSION_COOKIE))) return next()
    if (c.req.path.startsWith('/api/'))
      return envelope(c, 401, 'unauthorized', 'Sign in to use the API')
    return c.redirect(`/login?next=${encodeURIComponent(safeNext(c.req.path))}`, 303)
  })
}

function tooManyAttempts(c: Context, waitMs: number, next: string) {
  const seconds = Math.ceil(waitMs / 1000)
  c.header('retry-after', String(seconds))
  const minutes = Math.ceil(seconds / 60)
  const error = `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
  return c.html(loginPage({ error, next }), 429)
}
