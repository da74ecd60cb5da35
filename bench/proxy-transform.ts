import { performance } from 'node:perf_hooks'
import { stripPins } from '../server/dashboard/pins'
import { codeRecord } from '../server/sandbox/code-record'
import { fromSamples, type Metric } from './lib/report'

/** A Seam access code as the sandbox answers it, PIN included (Seam adds the workspace). */
function seamCode(i: number) {
  const timeBound = i % 3 !== 0
  return {
    ...codeRecord({
      access_code_id: `6b9f2f8e-0000-4000-8000-${String(i).padStart(12, '0')}`,
      device_id: '7c4b6d2e-1111-4000-8000-000000000001',
      name: `Guest ${i}: Smith, 3–5 May`,
      code: String(100000 + i),
      created_at: '2026-11-20T10:00:00.000Z',
      type: timeBound ? 'time_bound' : 'ongoing',
      starts_at: timeBound ? '2026-12-01T15:00:00.000Z' : null,
      ends_at: timeBound ? '2026-12-05T11:00:00.000Z' : null,
      is_backup_access_code_available: timeBound,
      is_scheduled_on_device: true,
    }),
    workspace_id: '1d2e3f40-2222-4000-8000-000000000002',
  }
}

/**
 * What withholding PINs costs the dashboard per answer: parse, strip and re-serialise the
 * `access_codes/list` of one lock holding 10,000 codes (server/dashboard/proxy.ts does exactly
 * this for every list before it is compressed and sent).
 */
export function measureProxyTransform(options: { repeats: number }): {
  metrics: Metric[]
  details: { bytes: number; samples: number[] }
} {
  const text = JSON.stringify({
    ok: true,
    access_codes: Array.from({ length: 10_000 }, (_, i) => seamCode(i)),
  })
  const samples: number[] = []
  for (let i = 0; i < options.repeats + 2; i++) {
    const t0 = performance.now()
    const json = JSON.parse(text) as unknown
    const hidden = stripPins(json)
    const out = JSON.stringify(json)
    const ms = performance.now() - t0
    if (hidden !== 10_000 || out.includes('"code":"1')) throw new Error('PINs were not stripped')
    if (i >= 2) samples.push(ms) // the first two warm the JIT
  }
  return {
    metrics: [
      fromSamples(
        {
          id: 'proxy.pinStrip10k',
          section: '7 Proxy',
          label: 'Withhold PINs from a 10,000-code list (parse + strip + serialise)',
          unit: 'ms',
          budget: '<= 150',
          note: `${(text.length / 1e6).toFixed(1)} MB answer`,
        },
        samples,
        (median) => median <= 150,
      ),
    ],
    details: { bytes: text.length, samples },
  }
}
