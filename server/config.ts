import { isIP } from 'node:net'

export const DEFAULT_SEAM_ENDPOINT = 'https://connect.getseam.com'

export type DoormanConfig = {
  host: string
  port: number
  seamApiKey: string | undefined
  seamEndpoint: string
  /** postgres://… keeps accounts, sessions and the audit log in PostgreSQL (several servers). */
  databaseUrl: string | undefined
  /** Delete audit entries older than this many days at start; undefined keeps everything. */
  auditRetentionDays: number | undefined
  /** Host names allowed besides loopback and HOST (DOORMAN_ALLOWED_HOSTS, comma-separated). */
  allowedHosts: string[]
  /** TRUST_PROXY=1: a reverse proxy in front of us sets X-Forwarded-Proto/-Host/-For. */
  trustProxy: boolean
  sessionIdleMs: number
  /** SANDBOX_API_KEY when given; otherwise the embedded sandbox picks its own. */
  sandboxApiKey: string | undefined
  dataDir: string
  sandboxPort: number
  sandboxSeed: 'default' | 'large' | 'empty'
}

export class ConfigError extends Error {}

export const ADD_FIRST_ADMIN =
  'printf \'%s\\n\' "$PASSWORD" | npm run users -- add you@example.com --role admin'

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true
  if (isIP(host) === 4) return host.startsWith('127.')
  return host === '::1' || host === '[::1]'
}

function parsePort(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a port number from 0 to 65535, got "${value}"`)
  }
  return port
}

/** Reads the environment once, failing loudly on anything unsafe or malformed. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): DoormanConfig {
  const host = env['HOST'] || '127.0.0.1'
  if (env['DOORMAN_PASSWORD']) {
    throw new ConfigError(
      'DOORMAN_PASSWORD was replaced by accounts with roles. Create the first admin with ' +
        `\`${ADD_FIRST_ADMIN}\`, then unset DOORMAN_PASSWORD.`,
    )
  }
  const idleMinutes = Number(env['DOORMAN_SESSION_IDLE_MINUTES'] || 30)
  if (!Number.isFinite(idleMinutes) || idleMinutes <= 0) {
    throw new ConfigError(
      `DOORMAN_SESSION_IDLE_MINUTES must be a positive number, got "${env['DOORMAN_SESSION_IDLE_MINUTES']}"`,
    )
  }
  const seed = env['SANDBOX_SEED'] ?? 'default'
  if (seed !== 'default' && seed !== 'large' && seed !== 'empty') {
    throw new ConfigError(`SANDBOX_SEED must be default, large or empty, got "${seed}"`)
  }
  return {
    host,
    port: parsePort('PORT', env['PORT'], 5173),
    seamApiKey: env['SEAM_API_KEY'] || undefined,
    seamEndpoint: env['SEAM_ENDPOINT'] || DEFAULT_SEAM_ENDPOINT,
    databaseUrl: env['DATABASE_URL'] || undefined,
    auditRetentionDays: parseRetention(env['DOORMAN_AUDIT_RETENTION_DAYS']),
    allowedHosts: (env['DOORMAN_ALLOWED_HOSTS'] ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    trustProxy: env['TRUST_PROXY'] === '1' || env['TRUST_PROXY'] === 'true',
    sessionIdleMs: idleMinutes * 60_000,
    sandboxApiKey: env['SANDBOX_API_KEY'] || undefined,
    dataDir: env['DOORMAN_DATA_DIR'] || './data',
    sandboxPort: parsePort('SANDBOX_PORT', env['SANDBOX_PORT'], 0),
    sandboxSeed: seed,
  }
}

function parseRetention(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  const days = Number(value)
  if (!Number.isFinite(days) || days <= 0) {
    throw new ConfigError(
      `DOORMAN_AUDIT_RETENTION_DAYS must be a positive number of days, got "${value}"`,
    )
  }
  return days
}
