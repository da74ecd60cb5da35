// @vitest-environment node
import { SeamHttp as SeamHttpV1 } from '@seamapi/http'
import { SeamHttp as SeamHttpV2 } from '@seamapi/http2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSandbox, type TestSandbox } from './testing'

let sb: TestSandbox

beforeAll(async () => {
  sb = await startTestSandbox()
})
afterAll(() => sb.close())

// Both the 1.x SDK and the current 2.x SDK (installed as the `@seamapi/http2` alias). 2.x sends
// every GET with `_strict=true` in its query, which the sandbox must accept. They share one
// sandbox, so each creates its own code.
const sdks = [
  {
    name: '@seamapi/http 1.x',
    code: '2468',
    create: (apiKey: string, endpoint: string) => new SeamHttpV1({ apiKey, endpoint }),
  },
  {
    name: '@seamapi/http 2.x',
    code: '1357',
    create: (apiKey: string, endpoint: string) => new SeamHttpV2({ apiKey, endpoint }),
  },
] as const

describe.each(sdks)("Seam's official SDK ($name) against the sandbox", ({ create, code }) => {
  it('lists devices, creates, updates and deletes an access code', async () => {
    const seam = create(sb.apiKey, sb.url)
    const devices = await seam.devices.list()
    expect(devices.length).toBe(25)
    const device = devices.find((d) => d.properties.online && d.device_type === 'august_lock')!

    const filtered = await seam.devices.list({ device_ids: [device.device_id] })
    expect(filtered.map((d) => d.device_id)).toEqual([device.device_id])

    const created = await seam.accessCodes.create({
      device_id: device.device_id,
      name: 'From the SDK',
      code,
    })
    expect(created).toMatchObject({ name: 'From the SDK', code, status: 'setting' })

    await seam.accessCodes.update({
      access_code_id: created.access_code_id,
      name: 'Renamed by SDK',
    })
    const fetched = await seam.accessCodes.get({ access_code_id: created.access_code_id })
    expect(fetched.name).toBe('Renamed by SDK')

    const listed = await seam.accessCodes.list({ device_id: device.device_id })
    expect(listed.map((code) => code.access_code_id)).toContain(created.access_code_id)

    await seam.accessCodes.delete({ access_code_id: created.access_code_id })
    expect((await seam.accessCodes.get({ access_code_id: created.access_code_id })).status).toBe(
      'removing',
    )

    const workspace = await seam.workspaces.get()
    expect(workspace.is_sandbox).toBe(true)
  })

  it('surfaces sandbox errors as SeamHttpApiError with the request id', async () => {
    const seam = create(sb.apiKey, sb.url)
    await expect(seam.accessCodes.get({ access_code_id: 'missing' })).rejects.toMatchObject({
      code: 'access_code_not_found',
      statusCode: 404,
      requestId: expect.any(String),
    })
  })
})
