import { serve } from '@hono/node-server'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createSandboxApp } from './app'
import { Clock } from './clock'
import type { Sandbox } from './context'
import { Store } from './db'
import { Faults } from './faults'
import { seedWorkspace, type SeedName } from './seed'
import { Simulator, TICK_SLICE_MS } from './simulator'

export interface SandboxServerOptions {
  port?: number
  host?: string
  dataDir: string
  apiKey?: string
  seed?: SeedName
}

export interface SandboxServer {
  url: string
  port: number
  apiKey: string
  close(): Promise<void>
}

const TICK_INTERVAL_MS = 1_000

/** Open (or create and seed) the store in `dataDir` and serve the Seam-compatible API. */
export async function startSandboxServer(opts: SandboxServerOptions): Promise<SandboxServer> {
  const apiKey = opts.apiKey ?? process.env.SANDBOX_API_KEY ?? 'seam_sandbox_key'
  const host = opts.host ?? '127.0.0.1'
  const store = new Store(opts.dataDir)
  const clock = new Clock(store)
  const sim = new Simulator(store)
  const faults = new Faults()
  if (store.getMeta('workspace') === undefined)
    seedWorkspace(store, sim, opts.seed ?? 'default', clock.now())

  const sandbox: Sandbox = {
    store,
    clock,
    sim,
    faults,
    apiKey,
    reset(seed) {
      faults.clear()
      store.transaction(() => {
        store.wipe()
        clock.setOffset(0)
        seedWorkspace(store, sim, seed, clock.now())
      })
      store.warmCodeCache()
    },
  }
  // Catch up on anything that fell due while the process was down, before serving.
  sim.tick(clock.now())
  store.warmCodeCache()

  const app = createSandboxApp(sandbox)
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 0, hostname: host }, () =>
      resolve(s as Server),
    ) as Server
    s.once('error', reject)
  })
  let stopped = false
  let continuing = false
  // Without requests, the timer works off what fell due, a slice at a time between I/O.
  const tick = () => {
    if (stopped) return
    try {
      if (sim.tick(clock.now(), TICK_SLICE_MS) || continuing) return
      continuing = true
      setImmediate(() => {
        continuing = false
        tick()
      })
    } catch (err) {
      console.error('[sandbox] simulator tick failed:', err)
    }
  }
  const timer = setInterval(tick, TICK_INTERVAL_MS)
  timer.unref()

  const port = (server.address() as AddressInfo).port
  let closed: Promise<void> | undefined
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    apiKey,
    close() {
      closed ??= new Promise<void>((resolve) => {
        stopped = true
        clearInterval(timer)
        server.close(() => void store.close().then(resolve))
        server.closeAllConnections()
      })
      return closed
    },
  }
}
