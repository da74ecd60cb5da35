import type { Context } from 'hono'
import type * as z from 'zod'
import { can, type Permission } from '../../src/lib/permissions'
import { formatIssues } from '../sandbox/errors'
import type { DashboardEnv } from './actor'
import { envelope } from './envelope'

type Ctx = Context<DashboardEnv>

/** Parses a JSON body with `schema`, or answers 400 in Seam's envelope with the field errors. */
export async function readInput<S extends z.ZodType>(
  c: Ctx,
  schema: S,
): Promise<z.output<S> | Response> {
  const parsed = schema.safeParse(await c.req.json().catch(() => undefined))
  if (parsed.success) return parsed.data
  // Nested per field, as Seam (and the sandbox) answer invalid_input.
  return envelope(c, 400, 'invalid_input', parsed.error.issues[0]?.message ?? 'Invalid input', {
    validation_errors: formatIssues(parsed.error.issues),
  })
}

export function refuse(c: Ctx, permission: Permission): Response | undefined {
  const { role } = c.get('actor')
  return can(role, permission)
    ? undefined
    : envelope(c, 403, 'forbidden', `Your role (${role}) cannot do this`)
}
