import { beforeEach, describe, expect, it, vi } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import type { AccessCode } from '@/api/schemas/access-code'
import { buildAccessCode } from '@/testing/access-code-factory'
import { upsertAccessCodes } from './access-code-cache'
import { accessCodeKeys } from './access-code-keys'
import {
  accessCodePollKey,
  pollOnce,
  transitionalCodes,
  type PollState,
} from './use-access-code-poller'

const code = (id: string, status: AccessCode['status'], deviceId = 'dev-1'): AccessCode =>
  buildAccessCode({ access_code_id: id, device_id: deviceId, status })

type Call = { url: string; body: { access_code_ids?: string[] } }
let calls: Call[]
let respond: (ids: string[]) => Response

beforeEach(() => {
  calls = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Call['body']
      calls.push({ url, body })
      return respond(body.access_code_ids ?? [])
    }),
  )
})
const json = (data: unknown, status = 200) =>
  new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } })

function clientWith(lists: Record<string, AccessCode[]>) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  for (const [deviceId, codes] of Object.entries(lists))
    qc.setQueryData(accessCodeKeys.byDevice(deviceId), codes)
  return qc
}

async function tick(qc: QueryClient): Promise<PollState> {
  const state = await pollOnce(qc)
  qc.setQueryData(accessCodePollKey, state)
  return state
}

describe('pollOnce', () => {
  it('asks about every transitional code across devices in one request', async () => {
    const qc = clientWith({
      'dev-1': [code('a', 'setting'), code('b', 'set')],
      'dev-2': [code('c', 'removing', 'dev-2'), code('d', 'unknown', 'dev-2')],
    })
    respond = () =>
      json({ ok: true, access_codes: [code('a', 'set'), code('c', 'removing', 'dev-2')] })
    const state = await tick(qc)
    expect(calls).toHaveLength(1)
    expect(calls[0]!.url).toBe('/api/access_codes/list')
    expect(calls[0]!.body.access_code_ids?.sort()).toEqual(['a', 'c'])
    expect(qc.getQueryData<AccessCode[]>(accessCodeKeys.byDevice('dev-1'))?.[0]?.status).toBe('set')
    expect(state.watched).toBe(2)
    expect(state.delayMs).toBe(2000)
  })

  it('updates a loaded detail entry but creates none for the other codes it saw change', async () => {
    const qc = clientWith({ 'dev-1': [code('a', 'setting'), code('b', 'setting')] })
    qc.setQueryData(accessCodeKeys.detail('a'), code('a', 'setting'))
    respond = () => json({ ok: true, access_codes: [code('a', 'set'), code('b', 'set')] })
    await tick(qc)
    expect(qc.getQueryData<AccessCode>(accessCodeKeys.detail('a'))?.status).toBe('set')
    expect(qc.getQueryCache().find({ queryKey: accessCodeKeys.detail('b') })).toBeUndefined()
    expect(
      qc.getQueryData<AccessCode[]>(accessCodeKeys.byDevice('dev-1'))?.map((code) => code.status),
    ).toEqual(['set', 'set'])
  })

  it('drops codes the server no longer lists and backs off when nothing changes', async () => {
    const qc = clientWith({ 'dev-1': [code('a', 'removing'), code('b', 'setting')] })
    respond = () => json({ ok: true, access_codes: [code('b', 'setting')] })
    let state = await tick(qc)
    expect(
      qc
        .getQueryData<AccessCode[]>(accessCodeKeys.byDevice('dev-1'))
        ?.map((code) => code.access_code_id),
    ).toEqual(['b'])
    expect(state.delayMs).toBe(2000) // a change (a disappeared) keeps the base interval
    state = await tick(qc)
    expect(state.delayMs).toBe(3000)
    state = await tick(qc)
    expect(state.delayMs).toBe(4500)
  })

  it('sends no request when nothing is transitional', async () => {
    const qc = clientWith({ 'dev-1': [code('a', 'set'), code('b', 'unknown')] })
    respond = () => json({ ok: true, access_codes: [] })
    const state = await tick(qc)
    expect(calls).toHaveLength(0)
    expect(state.watched).toBe(0)
  })

  it('splits more than 1000 ids into chunks', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => code(`id-${i}`, 'setting'))
    const qc = clientWith({ 'dev-1': many })
    respond = (ids) => json({ ok: true, access_codes: ids.map((id) => code(id, 'setting')) })
    await tick(qc)
    expect(calls.map((call) => call.body.access_code_ids?.length)).toEqual([1000, 1000, 500])
  })

  it('records a failure without throwing, keeps the codes, and clears it on recovery', async () => {
    const qc = clientWith({ 'dev-1': [code('a', 'setting')] })
    respond = () =>
      json(
        {
          ok: false,
          error: { type: 'internal_server_error', message: 'Boom', request_id: 'req_1' },
        },
        500,
      )
    let state = await tick(qc)
    expect(state.failure).toMatchObject({ message: 'Boom', requestId: 'req_1' })
    expect(state.consecutiveFailures).toBe(1)
    state = await tick(qc)
    expect(state.consecutiveFailures).toBe(2)
    expect(state.delayMs).toBe(3000)
    expect(qc.getQueryData<AccessCode[]>(accessCodeKeys.byDevice('dev-1'))).toHaveLength(1)
    respond = () => json({ ok: true, access_codes: [code('a', 'set')] })
    state = await tick(qc)
    expect(state.failure).toBeNull()
    expect(state.lastSuccessAt).not.toBeNull()
    expect(qc.getQueryData<AccessCode[]>(accessCodeKeys.byDevice('dev-1'))?.[0]?.status).toBe('set')
  })
})

describe('pollOnce and local writes during a poll', () => {
  const listed = (qc: QueryClient) =>
    qc.getQueryData<AccessCode[]>(accessCodeKeys.byDevice('dev-1'))

  it('keeps a code written locally while the poll was in flight over the answer’s older copy', async () => {
    const qc = clientWith({ 'dev-1': [code('a', 'setting'), code('b', 'setting')] })
    qc.setQueryData(accessCodeKeys.detail('a'), code('a', 'setting'))
    // While the request is out, the person deletes "a": the delete's answer lands in the cache.
    const deleting = { ...code('a', 'removing'), name: 'Deleted while polling' }
    respond = () => {
      upsertAccessCodes(qc, [deleting])
      return json({ ok: true, access_codes: [code('a', 'set'), code('b', 'set')] })
    }
    await tick(qc)
    // The poll read "a" before the delete: its copy must not bring the code back as set.
    expect(qc.getQueryData<AccessCode>(accessCodeKeys.detail('a'))).toEqual(deleting)
    expect(listed(qc)?.find((code) => code.access_code_id === 'a')).toEqual(deleting)
    // "b" did not change locally, so the poll's copy is written as usual.
    expect(listed(qc)?.find((code) => code.access_code_id === 'b')?.status).toBe('set')
  })

  it('does not drop a code the answer no longer lists when it changed locally meanwhile', async () => {
    const qc = clientWith({ 'dev-1': [code('a', 'removing'), code('b', 'removing')] })
    const renamed = { ...code('a', 'setting'), name: 'Written while polling' }
    respond = () => {
      upsertAccessCodes(qc, [renamed])
      return json({ ok: true, access_codes: [] })
    }
    await tick(qc)
    expect(listed(qc)?.map((code) => code.access_code_id)).toEqual(['a'])
    expect(listed(qc)?.[0]).toEqual(renamed)
  })
})

describe('transitionalCodes', () => {
  const ids = (codes: AccessCode[]) => codes.map((code) => code.access_code_id).sort()

  it('follows list replacements and lets a settled detail copy win over a list copy', () => {
    const qc = clientWith({
      'dev-1': [code('a', 'setting'), code('b', 'set')],
      'dev-2': [code('c', 'removing', 'dev-2')],
    })
    expect(ids(transitionalCodes(qc))).toEqual(['a', 'c'])
    qc.setQueryData(accessCodeKeys.byDevice('dev-2'), [code('c', 'set', 'dev-2')])
    expect(ids(transitionalCodes(qc))).toEqual(['a'])
    qc.setQueryData(accessCodeKeys.detail('a'), code('a', 'set'))
    expect(ids(transitionalCodes(qc))).toEqual([])
    qc.setQueryData(accessCodeKeys.detail('b'), code('b', 'setting'))
    expect(ids(transitionalCodes(qc))).toEqual(['b'])
  })

  it('picks up a scheduled code once its start draws near, without any cache change', () => {
    const start = Date.parse('2026-03-10T14:00:00Z')
    const scheduled: AccessCode = {
      ...code('s', 'unset'),
      type: 'time_bound',
      starts_at: new Date(start).toISOString(),
      ends_at: new Date(start + 3_600_000).toISOString(),
    }
    const qc = clientWith({ 'dev-1': [scheduled, code('o', 'set')] })
    expect(ids(transitionalCodes(qc, start - 10 * 60_000))).toEqual([])
    expect(ids(transitionalCodes(qc, start - 60_000))).toEqual(['s'])
    expect(ids(transitionalCodes(qc, start + 3_600_000))).toEqual([])
  })

  it('answers for an unchanged list follow the clock either way, at each window edge', () => {
    const start = Date.parse('2026-03-10T14:00:00Z')
    const end = start + 3_600_000
    const timeBound = (id: string, status: AccessCode['status']): AccessCode => ({
      ...code(id, status),
      type: 'time_bound',
      starts_at: new Date(start).toISOString(),
      ends_at: new Date(end).toISOString(),
    })
    // 'u' is about to be set from 2 min before its start; 's' about to be removed from 2 min
    // before its end; 'p' is always watched.
    const qc = clientWith({ 'dev-1': [timeBound('u', 'unset'), timeBound('s', 'set')] })
    qc.setQueryData(accessCodeKeys.byDevice('dev-2'), [code('p', 'setting', 'dev-2')])
    const at = (t: number) => ids(transitionalCodes(qc, t))
    const edge = start - 2 * 60_000
    expect(at(edge - 1)).toEqual(['p'])
    expect(at(edge)).toEqual(['p', 'u'])
    expect(at(end - 2 * 60_000 - 1)).toEqual(['p', 'u'])
    expect(at(end - 2 * 60_000)).toEqual(['p', 's', 'u'])
    expect(at(end)).toEqual(['p', 's'])
    expect(at(edge - 1)).toEqual(['p'])
    expect(at(end - 1)).toEqual(['p', 's', 'u'])
  })
})
