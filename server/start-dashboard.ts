import { readConfig, ConfigError, isLoopback, ADD_FIRST_ADMIN, type DoormanConfig } from './config'
import { startBackend, type Backend } from './backend'
import { createDashboardApp } from './dashboard/app'
import { openTeam, type Team } from './accounts/team'

export type RunningDashboard = {
  config: DoormanConfig
  backend: Backend
  team: Team
  app: ReturnType<typeof createDashboardApp>
  close(): Promise<void>
}

/**
 * What `npm start` and `npm run dev` share: the configuration, the team store (migrated), the
 * backend, and the dashboard app. Refuses a public start that nobody could sign in to.
 */
export async function startDashboard(
  options: { staticDir?: string; config?: DoormanConfig } = {},
): Promise<RunningDashboard> {
  const config = options.config ?? readConfig()
  const team = await openTeam({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    session: { idleMs: config.sessionIdleMs },
  })
  const loginRequired = !isLoopback(config.host)
  if (loginRequired && (await team.users.count()) === 0) {
    await team.close()
    throw new ConfigError(
      `Doorman listens on ${config.host}, so everyone must sign in, and there is no account yet. ` +
        `Create the first admin: ${ADD_FIRST_ADMIN}`,
    )
  }
  if (config.auditRetentionDays !== undefined) {
    await team.audit.prune(Date.now() - config.auditRetentionDays * 24 * 60 * 60_000)
  }
  const backend = await startBackend(config)
  const app = createDashboardApp({
    backendUrl: backend.url,
    apiKey: backend.apiKey,
    mode: backend.mode,
    team,
    staticDir: options.staticDir,
    host: config.host,
    loginRequired,
    allowedHosts: config.allowedHosts,
    trustProxy: config.trustProxy,
  })
  return {
    config,
    backend,
    team,
    app,
    close: async () => {
      await backend.close()
      await team.close()
    },
  }
}
