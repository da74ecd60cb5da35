/** Build the SPA and run the dashboard server (sandbox backend) as a separate process. */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, type InlineConfig, type Rolldown } from 'vite'

export const ROOT = resolve(import.meta.dirname, '../..')

/** `vite build` with the project config into `outDir`; hidden source maps so CPU profiles can be
 * mapped back to source (they are not referenced from the JS, so they change no size figure). */
export async function buildApp(
  outDir: string,
  extra: InlineConfig['build'] = {},
): Promise<Rolldown.RolldownOutput> {
  const result = await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: 'hidden', ...extra },
  })
  const outputs = Array.isArray(result) ? result : [result]
  const out = outputs[0]
  if (!out || !('output' in out)) throw new Error('vite build returned no output')
  return out
}

export type AppServer = {
  origin: string
  dataDir: string
  post<T = Record<string, unknown>>(route: string, body?: unknown): Promise<T>
  stop(): Promise<void>
}

/** `tsx server/main.ts` with the given seed; resolves once /healthz answers. */
export async function startApp(opts: {
  port: number
  sandboxPort: number
  distDir: string
  seed: 'large' | 'default'
}): Promise<AppServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'doorman-bench-data-'))
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(opts.port),
      SANDBOX_PORT: String(opts.sandboxPort),
      SANDBOX_SEED: opts.seed,
      DOORMAN_DATA_DIR: dataDir,
      DOORMAN_DIST_DIR: opts.distDir,
      DOORMAN_PASSWORD: '',
      SEAM_API_KEY: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()))
  const killOnExit = () => child.kill('SIGKILL')
  process.on('exit', killOnExit)

  const origin = `http://127.0.0.1:${opts.port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`Dashboard server exited (${child.exitCode}):\n${log}`)
    try {
      const r = await fetch(`${origin}/healthz`)
      if (r.ok) break
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`Dashboard server did not start within 90 s:\n${log}`)
    }
    await sleep(200)
  }

  return {
    origin,
    dataDir,
    async post<T>(route: string, body: unknown = {}): Promise<T> {
      const r = await fetch(`${origin}/api/${route}`, {
        method: 'POST',
        // The dashboard serves only requests from its own page (server/dashboard/request-guard.ts).
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify(body),
      })
      const json = (await r.json()) as T & { ok?: boolean; error?: { message: string } }
      if (!r.ok)
        throw new Error(`${route} → ${r.status}: ${json.error?.message ?? JSON.stringify(json)}`)
      return json
    },
    async stop() {
      process.off('exit', killOnExit)
      if (child.exitCode === null) {
        const exited = new Promise((res) => child.once('exit', res))
        child.kill('SIGTERM')
        await Promise.race([exited, sleep(5_000)])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))
