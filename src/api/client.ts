import * as z from 'zod/mini'
import { ApiError } from './api-error'
import { takeEarlyResponse } from './early-requests'
import { sendApiRequest } from './transport'
import { errorEnvelopeSchema } from './schemas/common'

export const API_BASE = '/api'
const DEFAULT_TIMEOUT_MS = 20_000

type RequestOptions = { signal?: AbortSignal | undefined; timeoutMs?: number }

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now())
}

function describeIssues(error: z.core.$ZodError, json: unknown): string {
  const first = error.issues[0]
  if (!first) return 'Unexpected response shape'
  const path = first.path.length > 0 ? first.path.join('.') : '(root)'
  // zod/mini carries no message locale (it would cost bytes on every page): say it ourselves.
  const detail =
    first.code === 'invalid_type'
      ? `expected ${first.expected}, got ${describeValue(valueAt(json, first.path))}`
      : first.code === 'invalid_value'
        ? `expected one of ${first.values.map((v) => JSON.stringify(v)).join(', ')}`
        : first.message
  return `Unexpected response from the server at "${path}": ${detail}`
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json
  for (const key of path) value = (value as Record<PropertyKey, unknown> | null)?.[key]
  return value
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  return Array.isArray(value) ? 'array' : typeof value
}

/**
 * The one way the SPA talks to the backend: POST `/api/<route>` with a JSON body, through the
 * dashboard's proxy (which adds the API key server-side). Every response is parsed with `schema`;
 * every failure becomes an {@link ApiError}.
 */
export async function apiRequest<S extends z.ZodMiniType>(
  route: string,
  body: unknown,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout

  let response: Response
  try {
    response = await (takeEarlyResponse(route, body ?? {}, signal) ??
      sendApiRequest(`${API_BASE}/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body ?? {}),
        credentials: 'same-origin',
        signal,
      }))
  } catch (cause) {
    if (options.signal?.aborted) throw cause // a cancelled query is not an error to report
    const timedOut = timeout.aborted
    throw new ApiError({
      type: timedOut ? 'timeout' : 'network_error',
      kind: timedOut ? 'timeout' : 'network',
      status: 0,
      message: timedOut
        ? `The server did not answer within ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`
        : 'Could not reach the server. Check your connection and try again.',
    })
  }

  const headerRequestId = response.headers.get('seam-request-id') ?? undefined
  const json: unknown = await response.json().catch(() => undefined)

  if (
    !response.ok ||
    (typeof json === 'object' && json !== null && 'ok' in json && json.ok === false)
  ) {
    const envelope = errorEnvelopeSchema.safeParse(json)
    if (envelope.success) {
      const { type, message, request_id, validation_errors } = envelope.data.error
      throw new ApiError({
        type,
        message,
        status: response.status,
        kind: 'api',
        requestId: request_id ?? headerRequestId,
        validationErrors: validation_errors,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      })
    }
    throw new ApiError({
      type: 'http_error',
      kind: 'api',
      status: response.status,
      requestId: headerRequestId,
      message: `The server answered ${response.status} ${response.statusText}`.trim(),
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    })
  }

  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new ApiError({
      type: 'invalid_response',
      kind: 'invalid_response',
      status: response.status,
      requestId: headerRequestId,
      message: describeIssues(parsed.error, json),
    })
  }
  return parsed.data
}
