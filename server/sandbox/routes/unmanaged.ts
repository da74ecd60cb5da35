import {
  convertUnmanagedCodeInput,
  deleteUnmanagedCodeInput,
  getUnmanagedCodeInput,
  listUnmanagedCodesInput,
} from '../../../src/api/schemas/read-inputs'
import {
  ok,
  okRawListBytes,
  recordAttempt,
  findCode,
  requireCodeAndDevice,
  requireDeviceExists,
  saveCode,
  type Sandbox,
  type SandboxApp,
} from '../context'
import { parseInput } from '../input'
import { readRoute, writeRoute } from './route'

export function registerUnmanagedRoutes(app: SandboxApp, sb: Sandbox) {
  readRoute(app, '/access_codes/unmanaged/list', (raw, c) => {
    const q = parseInput(listUnmanagedCodesInput, raw)
    requireDeviceExists(sb, q.device_id)
    return okRawListBytes(
      c,
      'access_codes',
      sb.store.codesJsonByDevice(q.device_id, false, q.limit ?? 100_000),
    )
  })

  readRoute(app, '/access_codes/unmanaged/get', (raw, c) => {
    const q = parseInput(getUnmanagedCodeInput, raw)
    return ok(c, { access_code: findCode(sb, q, false).code })
  })

  writeRoute(app, '/access_codes/unmanaged/convert_to_managed', (raw, c) => {
    const input = parseInput(convertUnmanagedCodeInput, raw)
    const now = sb.clock.now()
    const { row, device } = requireCodeAndDevice(sb, input.access_code_id, false)
    const code = row.code
    code.is_managed = true
    code.status = 'set'
    code.common_code_key = null
    code.is_backup = false
    code.is_backup_access_code_available = false
    code.is_external_modification_allowed =
      input.is_external_modification_allowed ?? input.allow_external_modification ?? false
    code.is_offline_access_code = false
    code.is_one_time_use = false
    code.is_waiting_for_code_assignment = false
    code.pulled_backup_access_code_id = null
    row.sim = {
      phase: 'active',
      phase_started_at: now,
      schedule_due_at: null,
      use_backup_pool: false,
    }
    const attempt = sb.store.transaction(() =>
      saveCode(
        sb,
        row,
        device,
        now,
        'access_code.unmanaged.converted_to_managed',
        'CONVERT_ACCESS_CODE_TO_MANAGED',
      ),
    )
    return ok(c, { action_attempt: attempt })
  })

  writeRoute(app, '/access_codes/unmanaged/delete', (raw, c) => {
    const input = parseInput(deleteUnmanagedCodeInput, raw)
    const now = sb.clock.now()
    const { row, device } = requireCodeAndDevice(sb, input.access_code_id, false)
    const attempt = sb.store.transaction(() => {
      sb.store.deleteCode(row.code.access_code_id)
      sb.sim.emitForCode('access_code.unmanaged.removed', now, device.device, row.code)
      return recordAttempt(sb, 'DELETE_ACCESS_CODE', {})
    })
    return ok(c, { action_attempt: attempt })
  })
}
