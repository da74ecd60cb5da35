import { beforeEach, describe, expect, it, vi } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { buildAccessCode } from '@/testing/access-code-factory'
import { accessCodeKeys } from './access-code-keys'
import { deviceAccessCodesQueryOptions, LIST_MANY_SIZES } from './list-access-codes'

type Sent = {
  url: string
  body: { device_id?: string; device_ids?: string[] }
  signal: AbortSignal
}
let sent: Sent[]
// Per request: what it answers (default: each lock's one code; `held` keeps it in flight).
let respond: (request: Sent) => Response | Promise<Response>

const codeOf = (deviceId: string) =>
  buildAccessCode({ access_code_id: `code-${deviceId}`, device_id: deviceId })
const entries = (ids: string[]) => ids.map((id) => ({ device_id: id, access_codes: [codeOf(id)] }))

beforeEach(() => {
  sent = []
  respond = ({ body }) =>
    body.device_ids
      ? Response.json({ ok: true, lists: entries(body.device_ids) })
      : Response.json({ ok: true, access_codes: [codeOf(body.device_id!)] })
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const request = {
        url,
        body: JSON.parse(String(init.body)) as Sent['body'],
        signal: init.signal!,
      }
      sent.push(request)
      return respond(request)
    }),
  )
})
const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })
const ids = (n: number) => Array.from({ length: n }, (_, i) => `lock-${i}`)
/** What the workspace page's queries do when they mount: every lock's query, in one loop. */
const loadAll = (qc: QueryClient, deviceIds: string[]) =>
  Promise.allSettled(deviceIds.map((id) => qc.fetchQuery(deviceAccessCodesQueryOptions(id))))

describe('lock lists asked for together', () => {
  it(`go out as list_many, ${LIST_MANY_SIZES.join(', ')}… locks a request, each into its own lock's cache entry`, async () => {
    const qc = newClient()
    const [first, rest] = LIST_MANY_SIZES
    const locks = ids(first + rest * 3 + 3)
    await loadAll(qc, locks)
    expect(sent.map((r) => r.url)).toEqual(Array(5).fill('/api/_doorman/access_codes/list_many'))
    expect(sent.map((r) => r.body.device_ids?.length)).toEqual([first, rest, rest, rest, 3])
    expect(sent.flatMap((r) => r.body.device_ids)).toEqual(locks)
    // The same entries the lock page, the poller and mutations read and write.
    for (const id of locks) {
      expect(qc.getQueryData(accessCodeKeys.byDevice(id))).toEqual([codeOf(id)])
    }
  })

  it('the first (small) request goes alone; the rest follow once it has answered', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>((r) => (release = r))
    respond = async ({ body }) => {
      if (sent.length === 1) await held
      return Response.json({ ok: true, lists: entries(body.device_ids!) })
    }
    const loading = loadAll(newClient(), ids(LIST_MANY_SIZES[0] + 5))
    await vi.waitFor(() => expect(sent).toHaveLength(1))
    await new Promise((r) => setTimeout(r, 0)) // a macrotask: anything else queued has gone out
    expect(sent).toHaveLength(1)
    release()
    await vi.waitFor(() => expect(sent).toHaveLength(2))
    expect(sent[1]!.body.device_ids).toHaveLength(5)
    await loading
  })

  it('a lone lock keeps its plain access_codes/list request (the lock page, its early answer)', async () => {
    const qc = newClient()
    await loadAll(qc, ['lock-1'])
    expect(sent.map((r) => [r.url, r.body])).toEqual([
      ['/api/access_codes/list', { device_id: 'lock-1' }],
    ])
  })

  it("a lock Seam refused fails alone, with Seam's error; the others load", async () => {
    respond = () =>
      Response.json({
        ok: true,
        lists: [
          { device_id: 'lock-0', access_codes: [codeOf('lock-0')] },
          {
            device_id: 'lock-1',
            status: 429,
            error: { type: 'rate_limited', message: 'Slow down', request_id: 'req-9' },
          },
        ],
      })
    const qc = newClient()
    const [ok, refused, missing] = await loadAll(qc, ['lock-0', 'lock-1', 'lock-2'])
    expect(ok).toEqual({ status: 'fulfilled', value: [codeOf('lock-0')] })
    expect(refused).toMatchObject({
      status: 'rejected',
      reason: { type: 'rate_limited', status: 429, requestId: 'req-9', kind: 'api' },
    })
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(ApiError)
    // A lock the answer left out is a wrong answer for that lock, not a hang.
    expect(missing).toMatchObject({ status: 'rejected', reason: { type: 'invalid_response' } })
    expect(qc.getQueryState(accessCodeKeys.byDevice('lock-1'))?.status).toBe('error')
    expect(qc.getQueryData(accessCodeKeys.byDevice('lock-0'))).toEqual([codeOf('lock-0')])
  })

  it('a refused request fails each of its locks with the one error class', async () => {
    respond = () =>
      Response.json(
        { ok: false, error: { type: 'forbidden', message: 'No', request_id: 'req-1' } },
        { status: 403 },
      )
    const results = await loadAll(newClient(), ids(3))
    for (const result of results) {
      expect(result).toMatchObject({ status: 'rejected', reason: { type: 'forbidden' } })
    }
  })

  it('the request is cancelled only when every lock in it is', async () => {
    let release: (r: Response) => void = () => {}
    respond = () => new Promise((r) => (release = r))
    const qc = newClient()
    const locks = ids(3)
    const loading = loadAll(qc, locks)
    await vi.waitFor(() => expect(sent).toHaveLength(1))
    await qc.cancelQueries({ queryKey: accessCodeKeys.byDevice('lock-0') })
    expect(sent[0]!.signal.aborted).toBe(false)
    release(Response.json({ ok: true, lists: entries(locks) }))
    const [, second] = await loading
    expect(second).toEqual({ status: 'fulfilled', value: [codeOf('lock-1')] })

    const again = loadAll(
      qc,
      ids(2).map((id) => `${id}-again`),
    )
    await vi.waitFor(() => expect(sent).toHaveLength(2))
    await qc.cancelQueries({ queryKey: accessCodeKeys.byDevices() })
    expect(sent[1]!.signal.aborted).toBe(true)
    await again
  })
})
