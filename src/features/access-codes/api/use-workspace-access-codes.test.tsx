import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, renderHook, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { AccessCode } from '@/api/schemas/access-code'
import { buildAccessCode } from '@/testing/access-code-factory'
import { accessCodeKeys } from './access-code-keys'
import { useWorkspaceAccessCodes } from './use-workspace-access-codes'

const code = (id: string, deviceId: string): AccessCode =>
  buildAccessCode({ access_code_id: id, device_id: deviceId })

const json = (data: unknown, status = 200) =>
  new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } })

// Per device: what its next list request answers (a pending promise holds it in flight).
let answer: (deviceId: string) => Response | Promise<Response>

// What the dashboard server does with `list_many`: each lock's own answer, as one entry.
async function listMany(deviceIds: string[]): Promise<Response> {
  const lists = await Promise.all(
    deviceIds.map(async (device_id) => {
      const res = await answer(device_id)
      const body = (await res.json()) as { access_codes?: unknown; error?: unknown }
      return res.ok
        ? { device_id, access_codes: body.access_codes }
        : { device_id, status: res.status, error: body.error }
    }),
  )
  return json({ ok: true, lists })
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { device_id: string; device_ids?: string[] }
      return body.device_ids ? listMany(body.device_ids) : answer(body.device_id)
    }),
  )
})

function renderWorkspace(deviceIds: string[]) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={qc}>{children}</QueryClientProvider>
  )
  const { result, rerender } = renderHook((ids: string[]) => useWorkspaceAccessCodes(ids), {
    wrapper,
    initialProps: deviceIds,
  })
  return { qc, result, rerender }
}

describe('useWorkspaceAccessCodes', () => {
  // The hook names the result fields it reads (notifyOnChangeProps): arrivals, a failure, its
  // retry and a later cache write must each still reach the caller.
  it('follows arrivals, a failing refetch, its retry and later cache writes', async () => {
    let releaseRetry: (r: Response) => void = () => {}
    let dev2Calls = 0
    answer = (deviceId) => {
      if (deviceId === 'dev-1') return json({ ok: true, access_codes: [code('a', 'dev-1')] })
      dev2Calls += 1
      if (dev2Calls === 1) return json({ ok: true, access_codes: [code('b', 'dev-2')] })
      if (dev2Calls === 2)
        return json({ ok: false, error: { type: 'internal_error', message: 'Hub down' } }, 500)
      return new Promise<Response>((resolve) => (releaseRetry = resolve))
    }
    const { qc, result } = renderWorkspace(['dev-1', 'dev-2'])
    expect(result.current.isPending).toBe(true)
    await waitFor(() => expect(result.current.loadedDevices).toBe(2))
    expect(result.current.isLoadingMore).toBe(false)
    expect(result.current.codes.map((code) => code.access_code_id)).toEqual(['a', 'b'])

    // A refetch that fails: the lock shows as failed, its last list stays on screen.
    await act(() => qc.refetchQueries({ queryKey: accessCodeKeys.byDevice('dev-2') }))
    await waitFor(() => expect(result.current.failures).toHaveLength(1))
    const failure = result.current.failures[0]!
    expect(failure.deviceId).toBe('dev-2')
    expect(failure.retrying).toBe(false)
    expect(result.current.codes.map((code) => code.access_code_id)).toEqual(['a', 'b'])

    act(() => failure.retry())
    await waitFor(() => expect(result.current.failures[0]?.retrying).toBe(true))
    await act(async () => {
      releaseRetry(json({ ok: true, access_codes: [code('b', 'dev-2'), code('c', 'dev-2')] }))
    })
    await waitFor(() => expect(result.current.failures).toHaveLength(0))
    expect(result.current.codes.map((code) => code.access_code_id)).toEqual(['a', 'b', 'c'])

    const before = result.current.dataUpdatedAt
    await new Promise((r) => setTimeout(r, 5))
    act(() => qc.setQueryData(accessCodeKeys.byDevice('dev-1'), [code('d', 'dev-1')]))
    await waitFor(() =>
      expect(result.current.codes.map((code) => code.access_code_id)).toEqual(['d', 'b', 'c']),
    )
    expect(result.current.dataUpdatedAt).toBeGreaterThan(before)
  })

  it('keeps one empty list while no lock has codes, whatever else changes', async () => {
    let releaseDev2: ((r: Response) => void) | undefined
    answer = (deviceId) =>
      deviceId === 'dev-1'
        ? json({ ok: true, access_codes: [] })
        : new Promise<Response>((resolve) => (releaseDev2 = resolve))
    // One lock first, then a second: each is then its own request (locks asked together share
    // one), so the first can be in while the second is still held.
    const { result, rerender } = renderWorkspace(['dev-1'])
    const empty = result.current.codes
    expect(empty).toEqual([])
    await waitFor(() => expect(result.current.loadedDevices).toBe(1))
    rerender(['dev-1', 'dev-2'])
    expect(result.current.isLoadingMore).toBe(true)
    expect(result.current.codes).toBe(empty)
    expect(result.current.isLoadingMore).toBe(true)
    expect(result.current.codes).toBe(empty)
    await waitFor(() => expect(releaseDev2).toBeDefined()) // dev-2's request is out
    await act(async () => releaseDev2!(json({ ok: true, access_codes: [code('b', 'dev-2')] })))
    await waitFor(() =>
      expect(result.current.codes.map((code) => code.access_code_id)).toEqual(['b']),
    )
  })

  // The first render observes only the locks whose lists are cached (a server-drawn page's);
  // the others join right after the first commit, in the devices' order, and the codes already
  // shown keep their identity (the page throttles table rebuilds on identity changes).
  it('observes the cached locks first and the rest after the first commit', async () => {
    let releaseDev1: ((r: Response) => void) | undefined
    answer = () => new Promise<Response>((resolve) => (releaseDev1 = resolve))
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    qc.setQueryData(accessCodeKeys.byDevice('dev-2'), [code('b', 'dev-2')])
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={qc}>{children}</QueryClientProvider>
    )
    const renders: { dev1Observed: boolean; codes: AccessCode[]; isLoadingMore: boolean }[] = []
    const { result } = renderHook(
      () => {
        const workspace = useWorkspaceAccessCodes(['dev-1', 'dev-2'])
        renders.push({
          dev1Observed: qc.getQueryCache().find({ queryKey: accessCodeKeys.byDevice('dev-1') })
            ? true
            : false,
          codes: workspace.codes,
          isLoadingMore: workspace.isLoadingMore,
        })
        return workspace
      },
      { wrapper },
    )
    const first = renders[0]!
    expect(first.dev1Observed).toBe(false)
    expect(first.codes.map((c) => c.access_code_id)).toEqual(['b'])
    expect(first.isLoadingMore).toBe(true)
    expect(result.current.totalDevices).toBe(2)

    await waitFor(() => expect(releaseDev1).toBeDefined()) // dev-1's request is out
    expect(result.current.codes).toBe(first.codes)
    expect(result.current.isLoadingMore).toBe(true)
    await act(async () => releaseDev1!(json({ ok: true, access_codes: [code('a', 'dev-1')] })))
    await waitFor(() => expect(result.current.isLoadingMore).toBe(false))
    expect(result.current.codes.map((c) => c.access_code_id)).toEqual(['a', 'b'])
    expect(result.current.loadedDevices).toBe(2)
  })
})
