import { describe, expect, it, vi } from 'vitest'
import { buildAccessCode } from '@/testing/access-code-factory'
import { listAccessCodesForDevice } from './list-access-codes'

describe('listAccessCodesForDevice', () => {
  it('keeps only the codes of the lock it asked about', async () => {
    // Seam's fake answers `access_codes/list { device_id }` with every lock's codes.
    const mine = buildAccessCode({ access_code_id: 'a', device_id: 'lock-1' })
    const other = buildAccessCode({ access_code_id: 'b', device_id: 'lock-2' })
    const fetchMock = vi.fn(async () => Response.json({ ok: true, access_codes: [mine, other] }))
    vi.stubGlobal('fetch', fetchMock)
    const codes = await listAccessCodesForDevice('lock-1')
    expect(codes.map((code) => code.access_code_id)).toEqual(['a'])
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/access_codes/list')
    expect(JSON.parse(init.body as string)).toEqual({ device_id: 'lock-1' })
  })
})
