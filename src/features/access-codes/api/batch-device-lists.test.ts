import { describe, expect, it } from 'vitest'
import { batchDeviceLists } from './batch-device-lists'

describe('batchDeviceLists', () => {
  it('sends the other locks only after the first request has answered and beforeTheRest', async () => {
    const sent: string[][] = []
    let pageDrawn: () => void = () => {}
    const drawn = new Promise<void>((r) => (pageDrawn = r))
    const load = batchDeviceLists<string>({
      one: async (id) => id,
      many: async (ids) => {
        sent.push(ids)
        return new Map(ids.map((id) => [id, `codes of ${id}`]))
      },
      requestSizes: [2, 3],
      schedule: (request) => request(),
      beforeTheRest: () => drawn,
    })
    const signal = new AbortController().signal
    const lists = ['a', 'b', 'c', 'd', 'e'].map((id) => load(id, signal))
    expect(await lists[0]).toBe('codes of a')
    await new Promise((r) => setTimeout(r, 0))
    expect(sent).toEqual([['a', 'b']]) // the first rows are drawn before the rest is asked for
    pageDrawn()
    expect(await Promise.all(lists)).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map((id) => `codes of ${id}`),
    )
    expect(sent).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ])
  })
})
