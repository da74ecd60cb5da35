import type { Hono } from 'hono'
import * as z from 'zod'
import { permissionsOf, ROLES } from '../../src/lib/permissions'
import type { Team } from '../accounts/team'
import { snakeCaseEntry } from '../accounts/audit-log'
import { AccountError } from '../accounts/users'
import { PasswordPolicyError } from '../accounts/passwords'
import type { DashboardEnv } from './actor'
import type { RecordAudit } from './audit-writer'
import { envelope } from './envelope'
import { mountExportRoute } from './export-route'
import { mountListManyRoute } from './list-many-route'
import { readInput, refuse } from './route-input'
import { backendFailure, callBackend, passThrough, resultOf, type Backend } from './proxy'

const revealInput = z.object({
  access_code_id: z.string().min(1).max(100),
  /** `copy` when the PIN goes to the clipboard: recorded as its own action. */
  purpose: z.enum(['reveal', 'copy']).default('reveal'),
  unmanaged: z.boolean().default(false),
})

const auditInput = z.object({
  actor: z.string().max(254).optional(),
  action: z.string().max(64).optional(),
  device_id: z.string().max(100).optional(),
  access_code_id: z.string().max(100).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  before: z.string().regex(/^\d+$/).optional(),
  limit: z.number().int().min(1).max(5000).optional(),
})

const roleSchema = z.enum(ROLES)
const email = z.string().min(3).max(254)
const password = z.string().max(1024)

/** Doorman's own routes under /api/_doorman: who am I, reveal a PIN, list many locks' codes, the audit log, accounts. */
export function mountDoormanRoutes(
  app: Hono<DashboardEnv>,
  options: { team: Team; record: RecordAudit; backend: Backend; mode: 'sandbox' | 'live' },
): void {
  const { team, record, backend } = options

  app.get('/api/_doorman/info', (c) => {
    const actor = c.get('actor')
    return c.json({
      ok: true,
      backend: { mode: options.mode },
      auth: { enabled: !actor.local },
      user: { email: actor.email, role: actor.role, permissions: permissionsOf(actor.role) },
    })
  })

  app.post('/api/_doorman/reveal_code', async (c) => {
    const input = await readInput(c, revealInput)
    if (input instanceof Response) return input
    const actor = c.get('actor')
    const action = input.purpose === 'copy' ? 'access_code.copy' : 'access_code.reveal'
    const denied = refuse(c, 'codes.reveal')
    if (denied) {
      await record(c, actor, { action, result: 'forbidden', accessCodeId: input.access_code_id })
      return denied
    }
    const route = input.unmanaged ? 'access_codes/unmanaged/get' : 'access_codes/get'
    const answer = await callBackend(
      backend,
      route,
      JSON.stringify({ access_code_id: input.access_code_id }),
    )
    if (typeof answer !== 'object') return backendFailure(c, answer)
    const code = answer.json?.['access_code'] as Record<string, unknown> | undefined
    const requestId = answer.headers.get('seam-request-id') ?? undefined
    // The record comes first: without it, the PIN is not shown.
    await record(c, actor, {
      action,
      // A 2xx without a code is no reveal: recorded by its status, as before.
      result: answer.status < 300 && !code ? `http_${answer.status}` : resultOf(answer),
      requestId,
      deviceId: typeof code?.['device_id'] === 'string' ? code['device_id'] : undefined,
      accessCodeId: input.access_code_id,
      accessCodeName: typeof code?.['name'] === 'string' ? code['name'] : undefined,
    })
    if (answer.status >= 300 || !code) return passThrough(answer)
    c.header('cache-control', 'no-store')
    return c.json({ ok: true, access_code_id: input.access_code_id, code: code['code'] ?? null })
  })

  mountExportRoute(app, { record, backend })
  mountListManyRoute(app, { backend })

  app.post('/api/_doorman/audit/list', async (c) => {
    const denied = refuse(c, 'audit.read')
    if (denied) return denied
    const input = await readInput(c, auditInput)
    if (input instanceof Response) return input
    const entries = await team.audit.list({
      actor: input.actor,
      action: input.action,
      deviceId: input.device_id,
      accessCodeId: input.access_code_id,
      since: input.since ? Date.parse(input.since) : undefined,
      until: input.until ? Date.parse(input.until) : undefined,
      before: input.before,
      limit: input.limit,
    })
    return c.json({
      ok: true,
      entries: entries.map((e) => ({
        id: e.id,
        ...snakeCaseEntry(e),
        at: new Date(e.at).toISOString(),
      })),
    })
  })

  const usersRoute = <S extends z.ZodType>(
    path: string,
    schema: S,
    action: string,
    run: (input: z.output<S>) => Promise<unknown>,
  ) =>
    app.post(`/api/_doorman/users/${path}`, async (c) => {
      const actor = c.get('actor')
      const input = await readInput(c, schema)
      if (input instanceof Response) return input
      const target = (input as { email?: string }).email
      const denied = refuse(c, 'users.manage')
      if (denied) {
        if (action)
          await record(c, actor, { action, result: 'forbidden', details: { email: target } })
        return denied
      }
      try {
        // An admin's own role and access are changed by another admin, never by themselves.
        if (selfGuarded.has(path) && target?.toLowerCase() === actor.email) {
          throw new AccountError(
            'own_account',
            'Ask another admin to change your own role or access',
          )
        }
        const result = await run(input)
        if (action) {
          const { password: _pw, ...facts } = input as Record<string, unknown>
          await record(c, actor, { action, result: 'ok', details: facts })
        }
        return c.json({ ok: true, ...(result as object) })
      } catch (error) {
        if (error instanceof AccountError || error instanceof PasswordPolicyError) {
          const type = error instanceof AccountError ? error.type : 'invalid_password'
          if (action) await record(c, actor, { action, result: type, details: { email: target } })
          return envelope(
            c,
            error instanceof AccountError && error.type === 'user_not_found' ? 404 : 400,
            type,
            error.message,
          )
        }
        throw error
      }
    })

  const selfGuarded = new Set(['set_role', 'set_disabled'])
  const userJson = (u: { email: string; role: string; disabled: boolean; createdAt: number }) => ({
    email: u.email,
    role: u.role,
    disabled: u.disabled,
    created_at: new Date(u.createdAt).toISOString(),
  })
  usersRoute('list', z.object({}), '', async () => ({
    users: (await team.users.list()).map(userJson),
  }))
  usersRoute('add', z.object({ email, role: roleSchema, password }), 'user.add', async (i) => ({
    user: userJson(await team.users.add(i.email, i.role, i.password)),
  }))
  usersRoute('set_role', z.object({ email, role: roleSchema }), 'user.set_role', async (i) => ({
    user: userJson(await team.users.setRole(i.email, i.role)),
  }))
  usersRoute(
    'set_disabled',
    z.object({ email, disabled: z.boolean() }),
    'user.set_disabled',
    async (i) => ({
      user: userJson(await team.users.setDisabled(i.email, i.disabled)),
    }),
  )
  usersRoute('reset_password', z.object({ email, password }), 'user.reset_password', async (i) => ({
    user: userJson(await team.users.resetPassword(i.email, i.password)),
  }))
}
