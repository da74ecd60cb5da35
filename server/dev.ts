import { serve } from '@hono/node-server'
import { createServer } from 'vite'
import type { AddressInfo } from 'node:net'
import { readConfig, ConfigError, isLoopback } from './config'
import { startDashboard } from './start-dashboard'

/** `npm run dev`: Vite's dev server, with `/api` proxied to the same dashboard app `npm start` uses. */
async function main() {
  // Vite's dev server serves the source tree (package.json, server/*) to whoever asks, before any
  // sign-in: it stays on this machine.
  const config = readConfig()
  const { host } = config
  if (!isLoopback(host)) {
    throw new ConfigError(
      `npm run dev serves the source tree and only listens on loopback, not ${host}. Use npm start to serve Doorman to others.`,
    )
  }
  const { app } = await startDashboard({ config })
  const apiServer = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => apiServer.once('listening', () => resolve()))
  const apiPort = (apiServer.address() as AddressInfo).port

  const vite = await createServer({
    server: {
      host: config.host,
      port: config.port,
      strictPort: true,
      // Keep the browser's Host: the dashboard checks Origin against it (changeOrigin would
      // rewrite it to the inner port, and every request would look cross-site).
      proxy: Object.fromEntries(
        ['/api', '/login', '/logout', '/healthz'].map((path) => [
          path,
          { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false },
        ]),
      ),
      // No CORS answers: only Doorman's own page may read what the dev server serves.
      cors: false,
    },
  })
  await vite.listen()
  vite.printUrls()
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Doorman cannot start: ${error.message}` : error)
  process.exit(1)
})
