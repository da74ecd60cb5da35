import { isIP } from 'node:net'

export const DEFAULT_SEAM_ENDPOINT = 'https://connect.getseam.com'

export type DoormanConfig = {
  host: string
  port: number
  seamApiKey: string | undefined
  seamEndpoint: string
  password: string | undefined
  dataDir: string
  sandboxPort: number
  sandboxSeed: 'default' | 'large' | 'empty'
}

export class ConfigError extends Error {}

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
    dataDir: env['DOORMAN_DATA_DIR'] || './data',
    sandboxPort: parsePort('SANDBOX_PORT', env['SANDBOX_PORT'], 0),
    sandboxSeed: seed,
  }
}
