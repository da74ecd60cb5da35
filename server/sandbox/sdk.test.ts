// @vitest-environment node
import { SeamHttp } from '@seamapi/http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSandbox, type TestSandbox } from './testing'

let sb: TestSandbox

beforeAll(async () => {
  sb = await startTestSandbox()
})
afterAll(() => sb.close())

describe("Seam's official SDK against the sandbox", () => {
  it('lists devices, creates, updates and deletes an access code', async () => {
    const seam = new SeamHttp({ apiKey: sb.apiKey, endpoint: sb.url })
    const devices = await seam.devices.list()
    expect(devices.length).toBe(25)
    const device = devices.find((d) => d.properties.online && d.device_type === 'august_lock')!

    const created = await seam.accessCodes.create({
      device_id: device.device_id,
      name: 'From the SDK',
      code: '2468',
    })
    expect(created).toMatchObject({ name: 'From the SDK', code: '2468', status: 'setting' })

    await seam.accessCodes.update({
      access_code_id: created.access_code_id,
      name: 'Renamed by SDK',
    })
    const fetched = await seam.accessCodes.get({ access_code_id: created.access_code_id })
    expect(fetched.name).toBe('Renamed by SDK')

    const listed = await seam.accessCodes.list({ device_id: device.device_id })
    expect(listed.map((c) => c.access_code_id)).toContain(created.access_code_id)

    await seam.accessCodes.delete({ access_code_id: created.access_code_id })
    expect((await seam.accessCodes.get({ access_code_id: created.access_code_id })).status).toBe(
      'removing',
    )

    const workspace = await seam.workspaces.get()
    expect(workspace.is_sandbox).toBe(true)
  })

  it('surfaces sandbox errors as SeamHttpApiError with the request id', async () => {
    const seam = new SeamHttp({ apiKey: sb.apiKey, endpoint: sb.url })
    await expect(seam.accessCodes.get({ access_code_id: 'missing' })).rejects.toMatchObject({
      code: 'access_code_not_found',
      statusCode: 404,
      requestId: expect.any(String),
    })
  })
})
