import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/api-error'
import { buildAccessCode } from '@/testing/access-code-factory'
import { IMPORT_CONCURRENCY, runImport, type RowResult, type RunItem } from './import-run'

const items: RunItem[] = Array.from({ length: 12 }, (_, i) => ({
  rowNumber: i + 2,
  request: { device_id: 'dev-1', name: `Guest ${i}` },
}))

describe('runImport', () => {
  it(`keeps at most ${IMPORT_CONCURRENCY} requests in flight and reports every row`, async () => {
    let inFlight = 0
    let most = 0
    const results = new Map<number, RowResult>()
    await runImport(
      items,
      async (input) => {
        inFlight += 1
        most = Math.max(most, inFlight)
        await new Promise((r) => setTimeout(r, 5))
        inFlight -= 1
        return buildAccessCode({ access_code_id: `ac-${input.name}` })
      },
      (row, result) => results.set(row, result),
      new AbortController().signal,
    )
    expect(most).toBe(IMPORT_CONCURRENCY)
    expect([...results.values()].every((r) => r.state === 'created')).toBe(true)
    expect(results.size).toBe(12)
  })

  it('reports Seam’s message and request_id for a failed row, and goes on with the rest', async () => {
    const results = new Map<number, RowResult>()
    await runImport(
      items.slice(0, 3),
      (input) =>
        input.name === 'Guest 1'
          ? Promise.reject(
              new ApiError({
                type: 'duplicate_access_code',
                message: 'A code with this PIN already exists on the device',
                status: 400,
                kind: 'api',
                requestId: 'req_123',
              }),
            )
          : Promise.resolve(buildAccessCode({ access_code_id: `ac-${input.name}` })),
      (row, result) => results.set(row, result),
      new AbortController().signal,
    )
    expect(results.get(3)).toEqual({
      state: 'failed',
      message: 'A code with this PIN already exists on the device',
      requestId: 'req_123',
    })
    expect(results.get(2)?.state).toBe('created')
    expect(results.get(4)?.state).toBe('created')
  })

  it('cancel: rows not yet started are not sent; rows in flight finish', async () => {
    const controller = new AbortController()
    const sent: string[] = []
    const results = new Map<number, RowResult>()
    setTimeout(() => controller.abort(), 2)
    await runImport(
      items,
      async (input) => {
        sent.push(input.name!)
        await new Promise((r) => setTimeout(r, 20))
        return buildAccessCode({ access_code_id: `ac-${input.name}` })
      },
      (row, result) => results.set(row, result),
      controller.signal,
    )
    expect(sent).toHaveLength(IMPORT_CONCURRENCY)
    const states = [...results.values()].map((r) => r.state)
    expect(states.filter((s) => s === 'created')).toHaveLength(IMPORT_CONCURRENCY)
    expect(states.filter((s) => s === 'cancelled')).toHaveLength(12 - IMPORT_CONCURRENCY)
  })
})
