import { isIP } from 'node:net'

export const DEFAULT_SEAM_ENDPOINT = 'https://connect.getseam.com'

export type DoormanConfig = {
  host: string
  port: number
  seamApiKey: string | undefined
  seamEndpoint: string
  password: string | undefined
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

export const MIN_PUBLIC_PASSWORD_LENGTH = 12

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
  const password = env['DOORMAN_PASSWORD'] || undefined
  if (!isLoopback(host) && !password) {
    throw new ConfigError(
      `Refusing to listen on ${host} without a password: anyone who can reach it could change your locks' codes. ` +
        'Set DOORMAN_PASSWORD, or bind to 127.0.0.1 (the default).',
    )
  }
  if (!isLoopback(host) && password && password.length < MIN_PUBLIC_PASSWORD_LENGTH) {
    throw new ConfigError(
      `DOORMAN_PASSWORD must be at least ${MIN_PUBLIC_PASSWORD_LENGTH} characters when Doorman listens on ${host}: ` +
        'a short password falls to guessing. Choose a longer one, or bind to 127.0.0.1 (the default).',
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
    password,
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
