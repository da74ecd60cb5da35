/**
 * Bundled and run in Chromium by fast-objects.test.ts: parses the same 10,000 access codes (as
 * the sandbox answers them) with zod alone and with the app's schema (zod, then `asFastObject`'s
 * copy), and keeps each set reachable from `globalThis` so the test can weigh it. zod runs
 * without eval, as under the app's CSP.
 */
import * as z from 'zod/mini'
import { codeRecord } from '../../../server/sandbox/code-record'
import { accessCodeSchema } from './access-code'

z.config({ jitless: true })

const code = (i: number) => ({
  ...codeRecord({
    access_code_id: `c${i}`,
    device_id: `d${i % 250}`,
    name: `Guest ${i}`,
    code: String(1000 + (i % 9000)),
    created_at: '2026-11-20T10:00:00.000Z',
    type: 'time_bound',
    starts_at: '2026-11-25T17:30:17.630Z',
    ends_at: '2026-12-01T19:27:42.120Z',
    is_scheduled_on_device: true,
  }),
  workspace_id: 'w1',
})
// The wire's key order differs from the schema's, as it does with the sandbox and with Seam.
const wire = JSON.stringify(
  Array.from({ length: 10_000 }, (_, i) => Object.fromEntries(Object.entries(code(i)).reverse())),
)
const zodOnly = accessCodeSchema.def.in

const g = globalThis as { parsed?: unknown; parseWith?: (which: string) => number }
g.parseWith = (which) => {
  const schema = which === 'zod' ? zodOnly : accessCodeSchema
  const raw = JSON.parse(wire) as unknown[]
  g.parsed = raw.map((c) => schema.parse(c))
  return (g.parsed as unknown[]).length
}
