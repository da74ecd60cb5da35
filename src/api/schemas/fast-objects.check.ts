/**
 * Bundled and run in Chromium (V8 intrinsics enabled) by fast-objects.test.ts: reports whether
 * parsed objects have V8 fast properties. zod runs without eval, as under the app's CSP.
 */
import * as z from 'zod/mini'
import { accessCodeSchema } from './access-code'

z.config({ jitless: true })
// V8 intrinsics (`%Name`) only parse through Function or eval.
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (
  o: unknown,
) => boolean

const code = {
  access_code_id: 'c1',
  device_id: 'd1',
  name: 'Guest',
  code: '1234',
  common_code_key: null,
  type: 'time_bound',
  status: 'set',
  starts_at: '2026-11-25T17:30:17.630Z',
  ends_at: '2026-12-01T19:27:42.120Z',
  created_at: '2026-11-20T10:00:00.000Z',
  errors: [],
  warnings: [],
  is_managed: true,
  is_backup: false,
  is_backup_access_code_available: false,
  is_external_modification_allowed: false,
  is_offline_access_code: false,
  is_one_time_use: false,
  is_scheduled_on_device: true,
  is_waiting_for_code_assignment: false,
  pulled_backup_access_code_id: null,
  workspace_id: 'w1',
}
// The wire's key order differs from the schema's, as it does with the sandbox and with Seam.
const wire = JSON.stringify(Object.fromEntries(Object.entries(code).reverse()))
const zodOnly = accessCodeSchema.def.in
;(globalThis as { fastObjects?: unknown }).fastObjects = {
  zodOutput: [1, 2].map(() => hasFastProperties(zodOnly.parse(JSON.parse(wire)))),
  schemaOutput: [1, 2].map(() => hasFastProperties(accessCodeSchema.parse(JSON.parse(wire)))),
}
