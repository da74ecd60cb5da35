/** 4. Sandbox throughput, via the sandbox's own autocannon harness (bench/sandbox-throughput.ts). */
import { measureSandboxThroughput, type ThroughputFigures } from './sandbox-throughput'
import { fromSamples, single, type Metric } from './lib/report'

/** The sandbox is a demo and test server: p99 under 50 concurrent clients within 100 ms, no errors. */
export const P99_BUDGET_MS = 100

export async function measureThroughput(opts: { repeats: number; durationSeconds: number }) {
  const runs: ThroughputFigures[] = []
  for (let i = 0; i < opts.repeats; i++)
    runs.push(await measureSandboxThroughput({ durationSeconds: opts.durationSeconds }))
  const section = `4. Sandbox access_codes/list, large seed, 50 concurrent clients (${opts.repeats} × ${opts.durationSeconds} s)`
  const metrics: Metric[] = []
  for (const [key, label] of [
    ['byDevice', 'by device_id'],
    ['byIds', 'by 200 access_code_ids'],
  ] as const) {
    const figs = runs.map((r) => r[key])
    const requests = figs.reduce((s, f) => s + f.requests, 0)
    metrics.push(
      fromSamples(
        { id: `throughput.${key}.p50`, section, label: `${label}: p50`, unit: 'ms' },
        figs.map((f) => f.p50),
      ),
      fromSamples(
        {
          id: `throughput.${key}.p99`,
          section,
          label: `${label}: p99`,
          unit: 'ms',
          budget: `<= ${P99_BUDGET_MS}`,
          note: `${requests} requests in all`,
        },
        figs.map((f) => f.p99),
        (m) => m <= P99_BUDGET_MS,
      ),
      single(
        {
          id: `throughput.${key}.errors`,
          section,
          label: `${label}: errors`,
          unit: 'count',
          budget: '= 0',
        },
        figs.reduce((s, f) => s + f.errors, 0),
        (v) => v === 0,
      ),
    )
  }
  // No budget: context for the by-ids figures (what autocannon adds on this machine).
  const floors = runs.flatMap((r) => (r.floor ? [r.floor] : []))
  if (floors.length > 0) {
    const note =
      'autocannon, same by-ids load, against a bare node:http server replaying one by-ids answer (no work)'
    metrics.push(
      fromSamples(
        {
          id: 'throughput.floor.p50',
          section,
          label: 'load generator floor: p50',
          unit: 'ms',
          note,
        },
        floors.map((f) => f.p50),
      ),
      fromSamples(
        {
          id: 'throughput.floor.p99',
          section,
          label: 'load generator floor: p99',
          unit: 'ms',
          note,
        },
        floors.map((f) => f.p99),
      ),
    )
  }
  return { metrics, details: runs }
}
