import { mkdirSync } from 'node:fs'
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { seriousA11yViolations } from './fixtures'

// What the team-*.spec.ts files share. They run in the 'team' project, on their own dashboard
// and data dir (playwright.config.ts): the accounts made there turn sign-in on for good, which
// the other specs' server must not see. Each file can run alone: it asks `ensureAdmin` or
// `ensureTeam` for the accounts it needs, and both do nothing when the accounts are there.

export const PASSWORD = 'correct horse battery staple'
export const ACCOUNTS = {
  admin: 'admin@example.com',
  manager: 'manager@example.com',
  support: 'support@example.com',
  viewer: 'viewer@example.com',
} as const
export type TeamRole = keyof typeof ACCOUNTS

mkdirSync('/tmp/shots', { recursive: true })
export const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: `/tmp/shots/team-${name}.png`, fullPage })

export const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

/** A call to the dashboard's API as the page's signed-in user, with the Origin the server requires. */
export async function api<T = Record<string, unknown>>(
  page: Page,
  route: string,
  body: unknown = {},
) {
  const origin = new URL(page.url()).origin
  const response = await page.request.post(`/api/${route}`, { data: body, headers: { origin } })
  return { status: response.status(), json: (await response.json()) as T }
}

/** Signs in with the login page's own form (labels "Email" and "Password", "Sign in"). */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  // Leave the current page first: with its cookie gone, its next read would send it to the
  // sign-in page by itself, racing this one.
  await page.goto('about:blank')
  await page.context().clearCookies()
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

/**
 * Axe (serious and critical) and "nothing sticks out sideways" at 1440 and 375 px, with a
 * screenshot of each; `ready` waits for what the page must show first.
 */
export async function axeAt(page: Page, name: string, ready: () => Promise<void>) {
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: 900 })
    await ready()
    expect(await seriousA11yViolations(page), `${name} at ${width} px`).toEqual([])
    // Nothing on the page may stick out sideways, except inside its own scroll region (the
    // tables). Only the page's content is checked: the shared header is not this spec's.
    const sticking = await page.evaluate(() => {
      const width = document.documentElement.clientWidth
      const scrolls = (el: Element | null): boolean =>
        el !== null &&
        (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX) ||
          scrolls(el.parentElement))
      return [...document.querySelectorAll('main, main *')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .filter((el) => !scrolls(el.parentElement))
        .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.slice(0, 40) ?? ''}"`)
        .slice(0, 5)
    })
    expect(sticking, `${name}: content wider than ${width} px`).toEqual([])
    await shot(page, `${name}-${width}`)
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}

/** True while the dashboard has no accounts (a request from loopback is then the local admin). */
export async function noAccountsYet(request: APIRequestContext): Promise<boolean> {
  const info = await request.get('/api/_doorman/info')
  return info.status() !== 401
}

/**
 * The admin account exists. Without accounts, the local admin adds it through the API (the
 * Users page's own first-account flow is tested in team-accounts.spec.ts). `request` is the
 * fixture's: it sends no session cookie and the Origin the server requires.
 */
export async function ensureAdmin(request: APIRequestContext) {
  if (!(await noAccountsYet(request))) return
  const added = await request.post('/api/_doorman/users/add', {
    data: { email: ACCOUNTS.admin, role: 'admin', password: PASSWORD },
  })
  expect(added.status(), `adding ${ACCOUNTS.admin}: ${await added.text()}`).toBe(200)
}

/**
 * Every account in ACCOUNTS exists, each with its own role and PASSWORD: the admin adds the
 * missing ones through the API. Leaves `page` signed in as the admin.
 */
export async function ensureTeam(page: Page, request: APIRequestContext) {
  await ensureAdmin(request)
  await signIn(page, ACCOUNTS.admin)
  const { json } = await api<{ users: { email: string }[] }>(page, '_doorman/users/list')
  const existing = new Set(json.users.map((u) => u.email))
  for (const role of ['manager', 'support', 'viewer'] as const) {
    if (existing.has(ACCOUNTS[role])) continue
    const added = await api(page, '_doorman/users/add', {
      email: ACCOUNTS[role],
      role,
      password: PASSWORD,
    })
    expect(added.status, `adding ${ACCOUNTS[role]}`).toBe(200)
  }
}
