import type { Context } from 'hono'
import { z } from 'zod'
import { invalidInput, SandboxError, type InputIssue } from './errors'

/** Longer strings are rejected up front: no id, code or date is anywhere near this long. */
export const MAX_STRING_LENGTH = 1000

export interface RawInput {
  query: URLSearchParams
  body: Record<string, unknown>
}

/** Query params plus a JSON body (Seam accepts both GET-with-query and POST-with-JSON). */
export async function readRawInput(c: Context): Promise<RawInput> {
  const query = new URL(c.req.url).searchParams
  const text = c.req.method === 'GET' || c.req.method === 'HEAD' ? '' : await c.req.text()
  if (text.trim() === '') return { query, body: {} }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new SandboxError(400, 'invalid_json', 'Request body is not valid JSON')
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidInput([{ path: [], message: 'Request body must be a JSON object' }])
  }
  return { query, body: parsed as Record<string, unknown> }
}

type Def = { type: string; innerType?: z.core.$ZodType }
function baseType(schema: z.core.$ZodType | undefined): string | undefined {
  let s = schema
  while (s) {
    const def = s._zod.def as unknown as Def
    if (!def.innerType) return def.type
    s = def.innerType
  }
  return undefined
}

/** Query strings are untyped: turn them into arrays/numbers/booleans where the schema expects those. */
function coerceQuery(
  query: URLSearchParams,
  shape: Readonly<Record<string, z.core.$ZodType>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const rawKey of new Set(query.keys())) {
    const key = rawKey.endsWith('[]') ? rawKey.slice(0, -2) : rawKey
    const values = query.getAll(rawKey)
    const kind = baseType(shape[key])
    if (kind === 'array') {
      out[key] = values.flatMap((v) => v.split(',')).filter((v) => v !== '')
    } else if (kind === 'number') {
      const v = values[0]!
      out[key] = v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v
    } else if (kind === 'boolean') {
      const v = values[0]!
      out[key] = v === 'true' ? true : v === 'false' ? false : v
    } else {
      out[key] = values[0]
    }
  }
  return out
}

function longStringIssues(input: Record<string, unknown>): InputIssue[] {
  const issues: InputIssue[] = []
  for (const [key, value] of Object.entries(input)) {
    const items = Array.isArray(value) ? value : [value]
    if (items.some((v) => typeof v === 'string' && v.length > MAX_STRING_LENGTH)) {
      issues.push({ path: [key], message: `Must be at most ${MAX_STRING_LENGTH} characters` })
    }
  }
  return issues
}

// Classic (`zod`) or mini (`zod/mini`) object schemas: the shared request schemas are mini.
type AnyObject = z.core.$ZodObject

// A strict copy (unknown keys are errors) keeping the schema's checks; zod compiles a schema on
// its first parse, so build it once per schema.
const strictCache = new WeakMap<AnyObject, AnyObject>()
function strictOf(schema: AnyObject): AnyObject {
  let strict = strictCache.get(schema)
  if (!strict) {
    strict = z.core.clone(schema, { ...schema._zod.def, catchall: z.never() })
    strictCache.set(schema, strict)
  }
  return strict
}

/**
 * Seam's own request flag: Seam's SDK 2.x adds `_strict=true` to every GET query it sends (asking
 * Seam to reject unknown keys). The sandbox always rejects unknown keys, so the flag is accepted
 * (as a boolean, in the query or the body) and otherwise ignored.
 */
const STRICT_FLAG = '_strict'

function strictFlagIssues(input: Record<string, unknown>): InputIssue[] {
  if (!(STRICT_FLAG in input)) return []
  const value = input[STRICT_FLAG]
  delete input._strict
  return typeof value === 'boolean' || value === 'true' || value === 'false'
    ? []
    : [{ path: [STRICT_FLAG], message: 'Expected boolean' }]
}

/** Validate strictly (unknown keys are errors) with the shared zod schema; 400 invalid_input on failure. */
export function parseInput<S extends AnyObject>(schema: S, raw: RawInput): z.output<S> {
  const input: Record<string, unknown> = {
    ...coerceQuery(raw.query, schema._zod.def.shape),
    ...raw.body,
  }
  const long = [...strictFlagIssues(input), ...longStringIssues(input)]
  const result = z.safeParse(strictOf(schema), input)
  if (long.length > 0 || !result.success) {
    const longKeys = new Set(long.map((i) => i.path[0]))
    const zodIssues = result.success
      ? []
      : result.error.issues.filter((i) => !longKeys.has(i.path[0] as string))
    throw invalidInput([
      ...long,
      ...zodIssues.map((i) => ({ path: i.path, message: issueMessage(i) })),
    ])
  }
  return result.data as z.output<S>
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Required'
  return issue.message
}
