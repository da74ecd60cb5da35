import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'

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
  /** Also measure the load generator's floor (default true). */
  floor?: boolean
  /**
   * Extra `node` flags for the sandbox's process, e.g. `['--cpu-prof', '--cpu-prof-dir=/tmp/p']`
   * (default: whitespace-separated `SANDBOX_BENCH_NODE_ARGS`).
   */
  serverNodeArgs?: string[]
}

interface ChildServer {
  url: string
  apiKey: string
  close(): Promise<void>
}

const SERVER_SCRIPT = fileURLToPath(new URL('./sandbox-throughput-server.ts', import.meta.url))
const STATIC_SCRIPT = fileURLToPath(new URL('./static-body-server.ts', import.meta.url))
const START_TIMEOUT_MS = 120_000

/**
 * A server script in a child process (`node --import tsx`, no tsx CLI in between, so `close()`
 * signals the server itself): the load generator gets a process of its own.
 */
async function startChildServer(
  script: string,
  arg: string,
  nodeArgs: string[],
): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', import.meta.resolve('tsx'), script, arg],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  )
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    process.stderr.write(chunk)
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const started = new Promise<{ url: string; apiKey: string }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start within ${START_TIMEOUT_MS} ms\n${stderr}`)),
      START_TIMEOUT_MS,
    )
    // The first JSON line is the address; anything else (e.g. --trace-gc) goes to stderr.
    let listening = false
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (listening || !line.startsWith('{')) {
        process.stderr.write(line + '\n')
        return
      }
      listening = true
      clearTimeout(timer)
      try {
        resolve(JSON.parse(line) as { url: string; apiKey: string })
      } catch {
        reject(new Error(`unexpected line from the server: ${line}`))
      }
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`server exited early (${signal ?? code})\n${stderr}`))
    })
  })
  try {
    const info = await started
    return { ...info, close: () => stopChild(child, exited) }
  } catch (err) {
    // Make sure it is gone before the caller deletes its data dir.
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
    throw err
  }
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  await exited
  clearTimeout(timer)
}

export interface ThroughputFigures {
  byDevice: LatencyFigures
  byIds: LatencyFigures
  /** The same by-ids load against a server that only replays one by-ids answer's bytes. */
  floor?: LatencyFigures
}

/**
 * p50/p99 for `access_codes/list` by device_id and by 200 access_code_ids on the `large` seed
 * (10,000 codes), under 50 concurrent clients; then (unless `floor: false`) the by-ids load
 * again against static-body-server.ts with one real by-ids answer, to show what latency the
 * load generator itself adds on this machine.
 */
export async function measureSandboxThroughput(
  opts: ThroughputOptions = {},
): Promise<ThroughputFigures> {
  const connections = opts.connections ?? 50
  const duration = opts.durationSeconds ?? 10
  const idsPerRequest = opts.idsPerRequest ?? 200
  const nodeArgs =
    opts.serverNodeArgs ?? (process.env.SANDBOX_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean)
  const dataDir = mkdtempSync(join(tmpdir(), 'doorman-bench-'))
  let server: ChildServer
  try {
    server = await startChildServer(SERVER_SCRIPT, dataDir, nodeArgs)
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true })
    throw err
  }
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
    if (opts.floor === false) return { byDevice, byIds }

    const answer = join(dataDir, 'by-ids-answer.json')
    const res = await fetch(server.url + '/access_codes/list', {
      method: 'POST',
      headers,
      body: idBatches[0],
    })
    writeFileSync(answer, Buffer.from(await res.arrayBuffer()))
    await server.close()
    const replay = await startChildServer(STATIC_SCRIPT, answer, [])
    try {
      const floor = await run(replay.url, headers, connections, duration, idBatches)
      return { byDevice, byIds, floor }
    } finally {
      await replay.close()
    }
  } finally {
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Each connection cycles through the bodies (the sandbox runs in its own process). */
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
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')
  const loadBefore = load()
  const figures = await measureSandboxThroughput()
  console.log('access_codes/list on the large seed (10,000 codes), 50 concurrent clients:')
  console.log(`  load average (1/5/15 min) before ${loadBefore}, after ${load()}`)
  for (const [name, f] of Object.entries(figures)) {
    console.log(
      `  ${name.padEnd(8)} p50 ${f.p50} ms  p99 ${f.p99} ms  requests ${f.requests}  errors ${f.errors}`,
    )
  }
}
