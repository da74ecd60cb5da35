// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithAugustLock, type TestSandbox } from './testing'

let sb: TestSandbox, deviceId: string, otherDeviceId: string
beforeAll(async () => {
  ;({ sb, deviceId } = await startWithAugustLock())
  const devices: { device_id: string }[] = (await sb.call('/devices/list')).body.devices
  otherDeviceId = devices.find((d) => d.device_id !== deviceId)!.device_id
})
afterAll(() => sb.close())

// Seam takes an optional device_id beside access_code_id; a code on another lock is not found.
describe('an access code named with the wrong device_id', () => {
  it.each(['/access_codes/get', '/access_codes/update', '/access_codes/delete'])(
    '%s answers 404 and leaves the code as it was',
    async (route) => {
      const created = (
        await sb.call('/access_codes/create', { device_id: deviceId, name: `Wrong lock ${route}` })
      ).body.access_code
      const res = await sb.call(route, {
        access_code_id: created.access_code_id,
        device_id: otherDeviceId,
        ...(route === '/access_codes/update' ? { name: 'Renamed' } : {}),
      })
      expect(res.status).toBe(404)
      expect(res.body.error.message).toBe(
        'Could not find an access_code with device_id or access_code_id',
      )
      const after = await sb.call('/access_codes/get', { access_code_id: created.access_code_id })
      expect(after.body.access_code).toMatchObject({
        name: `Wrong lock ${route}`,
        status: created.status,
      })
    },
  )
})
