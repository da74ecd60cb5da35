import './production-env'
import { serve } from '@hono/node-server'
import { resolve } from 'node:path'
import { ConfigError } from './config'
import { startDashboard } from './start-dashboard'

/** `npm start`: the built SPA and the `/api` proxy, on the sandbox unless SEAM_API_KEY is set. */
async function main() {
  const { config, backend, team, app, close } = await startDashboard({
    staticDir: resolve(process.env['DOORMAN_DIST_DIR'] ?? 'dist'),
  })
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host
    console.log(`Doorman is running at http://${shownHost}:${info.port}`)
    console.log(
      backend.mode === 'sandbox'
        ? `Backend: built-in sandbox at ${backend.url} (data in ${resolve(config.dataDir)})`
        : `Backend: Seam at ${backend.url}`,
    )
    console.log(
      `Accounts and audit log: ${team.dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${resolve(config.dataDir)}`}`,
    )
    if ((config.host === '0.0.0.0' || config.host === '::') && config.allowedHosts.length === 0) {
      console.warn(
        'Only loopback host names are accepted until DOORMAN_ALLOWED_HOSTS names the host people use (e.g. doorman.example.com).',
      )
    }
  })
  const shutdown = () => {
    server.close()
    void close().finally(() => process.exit(0))
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Doorman cannot start: ${error.message}` : error)
  process.exit(1)
})
