import { describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'
import { apiRequest } from './client'
import { ApiError, fieldErrors } from './api-error'
import { shouldRetry, retryDelay } from './query-client'
import { accessCodeSchema } from './schemas/access-code'

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init })

function stubFetch(impl: (url: string, init: RequestInit) => Promise<Response>) {
  const fn = vi.fn(impl)
  vi.stubGlobal('fetch', fn)
  return fn
}
const schema = z.object({ value: z.number() })

describe('apiRequest', () => {
  it('posts JSON to /api/<route> and returns the parsed body', async () => {
    const fetchMock = stubFetch(async () => json({ ok: true, value: 3 }))
    await expect(apiRequest('devices/list', { limit: 1 }, schema)).resolves.toEqual({ value: 3 })
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/devices/list')
    expect(init.method).toBe('POST')
    expect(init.body).toBe('{"limit":1}')
  })

  it("turns Seam's error envelope into an ApiError with request_id and validation errors", async () => {
    stubFetch(async () =>
      json(
        {
          ok: false,
          error: {
            type: 'invalid_input',
            message: 'Required for provided "access_code_id"',
            request_id: '9f3e59f1',
            validation_errors: { _errors: [], access_code_id: { _errors: ['Required'] } },
          },
        },
        { status: 400 },
      ),
    )
    const error = await apiRequest('access_codes/pull_backup_access_code', {}, schema).catch(
      (e) => e,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      type: 'invalid_input',
      status: 400,
      requestId: '9f3e59f1',
      message: 'Required for provided "access_code_id"',
      kind: 'api',
    })
    expect(fieldErrors(error.validationErrors)).toEqual({ access_code_id: 'Required' })
    expect(error.isClientError).toBe(true)
  })

  it('reports a non-JSON failure with the status and the request id header', async () => {
    stubFetch(
      async () =>
        new Response('<html>bad gateway</html>', {
          status: 502,
          headers: { 'seam-request-id': 'r1' },
        }),
    )
    const error = await apiRequest('devices/list', {}, schema).catch((e) => e)
    expect(error).toMatchObject({ type: 'http_error', status: 502, requestId: 'r1' })
  })

  it('reports network failures as a typed network error', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch')
    })
    const error = await apiRequest('devices/list', {}, schema).catch((e) => e)
    expect(error).toMatchObject({ type: 'network_error', kind: 'network', status: 0 })
  })

  it('reports a timeout when the server does not answer in time', async () => {
    stubFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          )
        }),
    )
    const error = await apiRequest('devices/list', {}, schema, { timeoutMs: 20 }).catch((e) => e)
    expect(error).toMatchObject({ type: 'timeout', kind: 'timeout' })
  })

  it('names the path that failed when a response does not fit the schema', async () => {
    stubFetch(async () => json({ ok: true, value: 'three' }))
    const error = await apiRequest('devices/list', {}, schema).catch((e) => e)
    expect(error).toMatchObject({ type: 'invalid_response' })
    expect(error.message).toContain('"value": expected number, got string')
  })

  it('carries Retry-After from a 429', async () => {
    stubFetch(async () =>
      json(
        { ok: false, error: { type: 'rate_limited', message: 'Slow down' } },
        { status: 429, headers: { 'retry-after': '3' } },
      ),
    )
    const error = await apiRequest('devices/list', {}, schema).catch((e) => e)
    expect(error.retryAfterMs).toBe(3000)
    expect(shouldRetry(0, error)).toBe(true)
    expect(retryDelay(0, error)).toBe(3000)
  })
})

describe('retry policy', () => {
  const err = (status: number) => new ApiError({ type: 't', message: 'm', status, kind: 'api' })
  it('never retries a 4xx other than 429', () => {
    expect(shouldRetry(0, err(400))).toBe(false)
    expect(shouldRetry(0, err(404))).toBe(false)
    expect(shouldRetry(0, err(409))).toBe(false)
  })
  it('retries 5xx and network errors a bounded number of times, with backoff', () => {
    expect(shouldRetry(0, err(500))).toBe(true)
    expect(
      shouldRetry(
        0,
        new ApiError({ type: 'network_error', message: '', status: 0, kind: 'network' }),
      ),
    ).toBe(true)
    expect(shouldRetry(3, err(500))).toBe(false)
    expect(retryDelay(1, err(500))).toBeLessThan(retryDelay(3, err(500)))
  })
})

describe('schemas tolerate what a live API adds', () => {
  const base = {
    access_code_id: 'a',
    device_id: 'd',
    type: 'ongoing',
    status: 'set',
    created_at: '2025-01-01T00:00:00Z',
  }
  it('keeps unknown keys and unknown error codes', () => {
    const parsed = accessCodeSchema.parse({
      ...base,
      brand_new_field: 1,
      errors: [{ error_code: 'a_code_from_the_future', message: 'New' }],
    })
    expect(parsed.errors[0]!.error_code).toBe('a_code_from_the_future')
    expect((parsed as Record<string, unknown>)['brand_new_field']).toBe(1)
  })
  it('shows an unknown status as unknown instead of failing', () => {
    expect(accessCodeSchema.parse({ ...base, status: 'quantum' }).status).toBe('unknown')
  })
})
