import { afterEach, describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'
import { apiRequest } from './client'
import { ApiError } from './api-error'

const schema = z.object({ value: z.number() })
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

afterEach(() => {
  delete window.__doormanEarly
})

describe('answers started by the page shell', () => {
  it('are adopted once by the request with the same route and body, and parsed as usual', async () => {
    const fetchMock = vi.fn(async () => json({ ok: true, value: 2 }))
    vi.stubGlobal('fetch', fetchMock)
    window.__doormanEarly = {
      'devices/get {"device_id":"d1"}': {
        at: performance.now(),
        response: Promise.resolve(json({ ok: true, value: 1 })),
      },
    }
    await expect(apiRequest('devices/get', { device_id: 'd2' }, schema)).resolves.toEqual({
      value: 2,
    })
    await expect(apiRequest('devices/get', { device_id: 'd1' }, schema)).resolves.toEqual({
      value: 1,
    })
    expect(fetchMock).toHaveBeenCalledTimes(1)
    // Only once: the next read of the same lock asks the server.
    await expect(apiRequest('devices/get', { device_id: 'd1' }, schema)).resolves.toEqual({
      value: 2,
    })
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('turn a malformed or failed early answer into the usual ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn())
    window.__doormanEarly = {
      'workspaces/get {}': {
        at: performance.now(),
        response: Promise.resolve(json({ ok: true, value: 'not a number' })),
      },
      'devices/list {}': {
        at: performance.now(),
        response: Promise.resolve(
          json({ ok: false, error: { type: 'unauthorized', message: 'Sign in' } }, 401),
        ),
      },
    }
    await expect(apiRequest('workspaces/get', {}, schema)).rejects.toMatchObject({
      kind: 'invalid_response',
    })
    const error: unknown = await apiRequest('devices/list', {}, schema).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401, type: 'unauthorized' })
  })

  it('still time out like any request', async () => {
    vi.stubGlobal('fetch', vi.fn())
    window.__doormanEarly = {
      'devices/list {}': { at: performance.now(), response: new Promise<Response>(() => {}) },
    }
    await expect(apiRequest('devices/list', {}, schema, { timeoutMs: 20 })).rejects.toMatchObject({
      kind: 'timeout',
    })
  })

  it('are not used long after navigation, when they may be stale', async () => {
    const fetchMock = vi.fn(async () => json({ ok: true, value: 2 }))
    vi.stubGlobal('fetch', fetchMock)
    window.__doormanEarly = {
      'workspaces/get {}': {
        at: performance.now() - 60_000,
        response: Promise.resolve(json({ ok: true, value: 1 })),
      },
    }
    await expect(apiRequest('workspaces/get', {}, schema)).resolves.toEqual({ value: 2 })
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })
})
