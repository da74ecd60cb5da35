import { getDeviceInput, listDevicesInput } from '../../../src/api/schemas/read-inputs'
import { ok, requireDevice, type Sandbox, type SandboxApp } from '../context'
import { parseInput } from '../input'
import { readRoute } from './route'

export function registerDeviceRoutes(app: SandboxApp, sb: Sandbox) {
  readRoute(app, '/devices/list', (raw, c) => {
    const q = parseInput(listDevicesInput, raw)
    const ids = q.device_ids && new Set(q.device_ids)
    const devices = sb.store
      .allDevices()
      .map((r) => r.device)
      .filter(
        (d) =>
          (!ids || ids.has(d.device_id)) &&
          (q.connected_account_id === undefined ||
            d.connected_account_id === q.connected_account_id) &&
          (q.manufacturer === undefined || d.properties.manufacturer === q.manufacturer) &&
          (q.device_type === undefined || d.device_type === q.device_type),
      )
      .slice(0, q.limit ?? Infinity)
    return ok(c, { devices })
  })

  readRoute(app, '/devices/get', (raw, c) => {
    const q = parseInput(getDeviceInput, raw)
    return ok(c, { device: requireDevice(sb, q.device_id).device })
  })
}
