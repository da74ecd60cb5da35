import { serve } from '@hono/node-server'
import { createServer } from 'vite'
import type { AddressInfo } from 'node:net'
import { readConfig, ConfigError } from './config'
import { startBackend } from './backend'
import { createDashboardApp } from './dashboard/app'

/** `npm run dev`: Vite's dev server, with `/api` proxied to the same dashboard proxy `npm start` uses. */
async function main() {
  const config = readConfig()
  const backend = await startBackend(config)
  const api = createDashboardApp({
    backendUrl: backend.url,
    apiKey: backend.apiKey,
    mode: backend.mode,
    password: config.password,
  })
  const apiServer = serve({ fetch: api.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => apiServer.once('listening', () => resolve()))
  const apiPort = (apiServer.address() as AddressInfo).port

  const vite = await createServer({
    server: {
      host: config.host,
      port: config.port,
      strictPort: true,
      proxy: { '/api': `http://127.0.0.1:${apiPort}`, '/login': `http://127.0.0.1:${apiPort}` },
    },
  })
  await vite.listen()
  vite.printUrls()
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Doorman cannot start: ${error.message}` : error)
  process.exit(1)
})
