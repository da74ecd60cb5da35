import autocannon from 'autocannon'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startSandboxServer } from '../server/sandbox/server'

export interface LatencyFigures {
  p50: number
  p99: number
  requests: number
  errors: number
}

export interface ThroughputOptions {
  /** Concurrent clients (default 50). */
  connections?: number
  /** Seconds per scenario (default 10). */
  durationSeconds?: number
  /** How many access_code_ids per by-ids request (default 200). */
  idsPerRequest?: number
}

/**
 * p50/p99 for `access_codes/list` by device_id and by 200 access_code_ids on the `large` seed
 * (10,000 codes), under 50 concurrent clients.
 */
export async function measureSandboxThroughput(
  opts: ThroughputOptions = {},
): Promise<{ byDevice: LatencyFigures; byIds: LatencyFigures }> {
  const connections = opts.connections ?? 50
  const duration = opts.durationSeconds ?? 10
  const idsPerRequest = opts.idsPerRequest ?? 200
  const dataDir = mkdtempSync(join(tmpdir(), 'doorman-bench-'))
  const server = await startSandboxServer({ seed: 'large', port: 0, dataDir })
  const headers = { authorization: `Bearer ${server.apiKey}`, 'content-type': 'application/json' }
  try {
    const post = async (path: string, body: unknown) =>
      (await (
        await fetch(server.url + path, { method: 'POST', headers, body: JSON.stringify(body) })
      ).json()) as Record<string, unknown>
    const devices = ((await post('/devices/list', {})).devices as { device_id: string }[]).map(
      (d) => d.device_id,
    )
    const codeIds: string[] = []
    for (const id of devices.slice(0, 40)) {
      const codes = (await post('/access_codes/list', { device_id: id })).access_codes as {
        access_code_id: string
      }[]
      codeIds.push(...codes.map((c) => c.access_code_id))
    }
    const idBatches = Array.from({ length: 20 }, (_, i) =>
      JSON.stringify({
        access_code_ids: Array.from(
          { length: idsPerRequest },
          (_, k) => codeIds[(i * 37 + k * 7) % codeIds.length],
        ),
      }),
    )

    const deviceBodies = devices.slice(0, 50).map((id) => JSON.stringify({ device_id: id }))
    const byDevice = await run(server.url, headers, connections, duration, deviceBodies)
    const byIds = await run(server.url, headers, connections, duration, idBatches)
    return { byDevice, byIds }
  } finally {
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Each connection cycles through the bodies; the load generator runs in a worker thread so it does not compete with the server's event loop. */
async function run(
  url: string,
  headers: Record<string, string>,
  connections: number,
  duration: number,
  bodies: string[],
): Promise<LatencyFigures> {
  const result = await autocannon({
    url,
    connections,
    duration,
    workers: 1,
    requests: bodies.map((body) => ({
      method: 'POST' as const,
      path: '/access_codes/list',
      headers,
      body,
    })),
  })
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureSandboxThroughput()
  console.log('access_codes/list on the large seed (10,000 codes), 50 concurrent clients:')
  for (const [name, f] of Object.entries(figures)) {
    console.log(
      `  ${name.padEnd(8)} p50 ${f.p50} ms  p99 ${f.p99} ms  requests ${f.requests}  errors ${f.errors}`,
    )
  }
}
