import { randomBytes } from 'node:crypto'
import { startSandboxServer } from './sandbox/server'
import { isLoopback } from './config'
import type { DoormanConfig } from './config'
import type { BackendMode } from './dashboard/app'

export type Backend = { url: string; apiKey: string; mode: BackendMode; close(): Promise<void> }

/** Real Seam when SEAM_API_KEY is set; otherwise the built-in sandbox, started in this process. */
export async function startBackend(config: DoormanConfig): Promise<Backend> {
  if (config.seamApiKey) {
    return {
      url: config.seamEndpoint,
      apiKey: config.seamApiKey,
      mode: 'live',
      close: async () => {},
    }
  }
  // Served beyond this machine, the embedded sandbox must not answer to the documented default
  // key: anyone who can reach its port could otherwise drive it directly.
  const apiKey =
    config.sandboxApiKey ??
    (isLoopback(config.host) ? undefined : `seam_sandbox_${randomBytes(24).toString('base64url')}`)
  const sandbox = await startSandboxServer({
    ...(apiKey ? { apiKey } : {}),
    port: config.sandboxPort,
    host: '127.0.0.1',
    dataDir: config.dataDir,
    seed: config.sandboxSeed,
  })
  return { url: sandbox.url, apiKey: sandbox.apiKey, mode: 'sandbox', close: () => sandbox.close() }
}
