import type { Context } from 'hono'
import { can } from '../../src/lib/permissions'
import { AUDITED_CODE_FIELDS } from '../../src/lib/audited-fields'
import type { DashboardEnv } from './actor'
import type { AuditFacts, RecordAudit } from './audit-writer'
import { envelope } from './envelope'
import { stripPins } from './pins'
import type { RoutePolicy } from './seam-routes'

export type Backend = {
  url: string
  apiKey: string
  timeoutMs: number
}

// Answers that carry a PIN the caller has just chosen or pulled: the creator may see what they
// set, and a pulled backup code is shown to whoever pulled it (the pull is audited).
const KEEPS_PINS = new Set([
  'access_codes/create',
  'access_codes/create_multiple',
  'access_codes/pull_backup_access_code',
])

type Json = Record<string, unknown>
type Upstream = { status: number; headers: Headers; text: string; json: Json | undefined }

/** POST one route to the backend with the key; never throws (network failures become envelopes). */
export async function callBackend(
  backend: Backend,
  route: string,
  body: BodyInit,
): Promise<Upstream | 'timeout' | 'unreachable'> {
  try {
    const res = await fetch(`${backend.url}/${route}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${backend.apiKey}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body,
      signal: AbortSignal.timeout(backend.timeoutMs),
    })
    const text = await res.text()
    let json: Json | undefined
    try {
      json = JSON.parse(text) as Json
    } catch {
      json = undefined
    }
    return { status: res.status, headers: res.headers, text, json }
  } catch (error) {
    return error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'unreachable'
  }
}

/** What a backend that did not answer comes to: 504 on a timeout, else 502. */
export const BACKEND_FAILURES = {
  timeout: {
    status: 504,
    type: 'backend_timeout',
    message: 'The Seam backend did not answer in time',
  },
  unreachable: {
    status: 502,
    type: 'backend_unreachable',
    message: 'Could not reach the Seam backend',
  },
} as const

/** A backend that did not answer, in Seam's envelope. */
export function backendFailure(c: Context, failure: 'timeout' | 'unreachable'): Response {
  const { status, type, message } = BACKEND_FAILURES[failure]
  return envelope(c, status, type, message)
}

/** Seam's answer to the browser as it came (or `text` in its place): only safe headers, never cached. */
export function passThrough(answer: Upstream, text = answer.text): Response {
  const headers = new Headers({
    'content-type': answer.headers.get('content-type') ?? 'application/json',
  })
  for (const name of ['seam-request-id', 'retry-after']) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  headers.set('cache-control', 'no-store')
  return new Response(text, { status: answer.status, headers })
}

/** Seam's error type in an answer, or `http_<status>` when it names none. */
export function errorTypeOf(answer: Upstream): string {
  const error = answer.json?.['error'] as Json | undefined
  return str(error?.['type']) ?? `http_${answer.status}`
}

/** What an audit entry records as the outcome: `ok`, or Seam's error type. */
export function resultOf(answer: Upstream): string {
  return answer.status < 300 ? 'ok' : errorTypeOf(answer)
}

/**
 * The `/api/<route>` proxy: checks the caller's permission for the route, forwards it with the
 * key, removes PINs from what comes back, and records every audited call (allowed or not).
 */
export function seamProxy(options: {
  backend: Backend
  routes: ReadonlyMap<string, RoutePolicy>
  record: RecordAudit
  log: (line: string) => void
}) {
  const { backend, routes, record, log } = options
  const deviceNames = new Map<string, string>()

  async function deviceName(deviceId: unknown): Promise<string | undefined> {
    if (typeof deviceId !== 'string') return undefined
    const known = deviceNames.get(deviceId)
    if (known) return known
    const answer = await callBackend(
      backend,
      'devices/get',
      JSON.stringify({ device_id: deviceId }),
    )
    const device =
      typeof answer === 'object' ? (answer.json?.['device'] as Json | undefined) : undefined
    const name = device?.['display_name'] ?? (device?.['properties'] as Json | undefined)?.['name']
    if (typeof name !== 'string') return undefined
    if (deviceNames.size > 5000) deviceNames.clear()
    deviceNames.set(deviceId, name)
    return name
  }

  /** The code as it was before a change, for the audit entry's names and "before" fields. */
  async function codeBefore(route: string, input: Json): Promise<Json | undefined> {
    if (typeof input['access_code_id'] !== 'string') return undefined
    const getRoute = route.startsWith('access_codes/unmanaged/')
      ? 'access_codes/unmanaged/get'
      : 'access_codes/get'
    const answer = await callBackend(
      backend,
      getRoute,
      JSON.stringify({ access_code_id: input['access_code_id'] }),
    )
    if (typeof answer !== 'object') return undefined
    return answer.json?.['access_code'] as Json | undefined
  }

  return async (c: Context<DashboardEnv>) => {
    const route = c.req.path.slice('/api/'.length)
    const policy = routes.get(route)
    if (!policy) return envelope(c, 404, 'route_not_found', `Unknown route: /${route}`)
    if (c.req.method !== 'POST')
      return envelope(c, 404, 'route_not_found', `Use POST for /${route}`)
    const actor = c.get('actor')
    const raw = await c.req.text()
    const input = parseObject(raw)

    if (!can(actor.role, policy.permission)) {
      if (policy.audit) {
        await record(c, actor, {
          action: policy.audit,
          result: 'forbidden',
          ...idsFrom(input),
        }).catch(() => log(`[audit] could not record a refused ${policy.audit}`))
      }
      return envelope(c, 403, 'forbidden', `Your role (${actor.role}) cannot use /${route}`)
    }

    const before =
      policy.audit && route !== 'access_codes/create' ? await codeBefore(route, input) : undefined
    const answer = await callBackend(backend, route, raw.length > 0 ? raw : '{}')
    if (typeof answer !== 'object') return backendFailure(c, answer)

    let text = answer.text
    if (
      answer.json &&
      answer.status < 300 &&
      !KEEPS_PINS.has(route) &&
      stripPins(answer.json) > 0
    ) {
      text = JSON.stringify(answer.json)
    }
    if (policy.audit) {
      const facts = await describeChange(route, policy.audit, input, before, answer, deviceName)
      await record(c, actor, facts).catch((error: unknown) =>
        log(
          `[audit] could not record ${policy.audit}: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
    }

    return passThrough(answer, text)
  }
}

function parseObject(raw: string): Json {
  try {
    const value: unknown = JSON.parse(raw)
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Json)
      : {}
  } catch {
    return {}
  }
}

/** A JSON value if it is a string (Seam's answers are read, not trusted). */
export const str = (value: unknown) => (typeof value === 'string' ? value : undefined)

function idsFrom(input: Json): Pick<AuditFacts, 'deviceId' | 'accessCodeId'> {
  return { deviceId: str(input['device_id']), accessCodeId: str(input['access_code_id']) }
}

function pick(code: Json | undefined): Json {
  const out: Json = {}
  if (!code) return out
  for (const field of AUDITED_CODE_FIELDS) if (field in code) out[field] = code[field]
  return out
}

/** The audit entry for one forwarded call: who it touched, Seam's verdict, and what changed. */
async function describeChange(
  route: string,
  action: string,
  input: Json,
  before: Json | undefined,
  answer: Upstream,
  deviceName: (id: unknown) => Promise<string | undefined>,
): Promise<AuditFacts> {
  const error = answer.json?.['error'] as Json | undefined
  const result = resultOf(answer)
  const requestId = answer.headers.get('seam-request-id') ?? str(error?.['request_id'])
  const created = answer.json?.['access_code'] as Json | undefined
  const backup = answer.json?.['backup_access_code'] as Json | undefined
  const subject = before ?? created ?? input
  const deviceId = str(subject['device_id']) ?? str(input['device_id'])
  const facts: AuditFacts = {
    action,
    result,
    requestId,
    deviceId,
    deviceName: await deviceName(deviceId),
    accessCodeId: str(subject['access_code_id']) ?? str(input['access_code_id']),
    accessCodeName: str(subject['name']) ?? str(input['name']),
  }
  if (route === 'access_codes/update') {
    const after: Json = { ...pick(before), ...pick(input) }
    if (input['type'] === 'ongoing') Object.assign(after, { starts_at: null, ends_at: null })
    facts.details = { before: pick(before), after, code_changed: typeof input['code'] === 'string' }
  } else if (route === 'access_codes/create') {
    facts.details = {
      after: pick(created ?? input),
      code_chosen: typeof input['code'] === 'string',
    }
  } else if (backup) {
    facts.details = { backup_access_code_id: backup['access_code_id'], backup_name: backup['name'] }
  } else if (route.endsWith('_multiple') || route.startsWith('_sandbox/')) {
    const { code: _code, ...rest } = input
    facts.details = rest
  }
  return facts
}
