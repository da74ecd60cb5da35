// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readConfig, ConfigError, isLoopback } from './config'

describe('readConfig', () => {
  it('defaults to loopback on port 5173 with the sandbox', () => {
    const config = readConfig({})
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 5173,
      seamApiKey: undefined,
      sandboxSeed: 'default',
    })
  })

  it('refuses DOORMAN_PASSWORD, naming the command that replaced it', () => {
    expect(() => readConfig({ DOORMAN_PASSWORD: 'anything at all' })).toThrow(ConfigError)
    expect(() => readConfig({ DOORMAN_PASSWORD: 'x' })).toThrow(/npm run users -- add/)
  })

  it('reads the database URL and the audit retention', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://db/doorman' }).databaseUrl).toBe(
      'postgres://db/doorman',
    )
    expect(readConfig({}).auditRetentionDays).toBeUndefined()
    expect(readConfig({ DOORMAN_AUDIT_RETENTION_DAYS: '365' }).auditRetentionDays).toBe(365)
    expect(() => readConfig({ DOORMAN_AUDIT_RETENTION_DAYS: 'forever' })).toThrow(/RETENTION/)
  })

  it('reads allowed hosts, proxy trust and the idle limit', () => {
    const config = readConfig({
      DOORMAN_ALLOWED_HOSTS: 'doorman.example.com, ops.example.com ,',
      TRUST_PROXY: '1',
      DOORMAN_SESSION_IDLE_MINUTES: '10',
    })
    expect(config.allowedHosts).toEqual(['doorman.example.com', 'ops.example.com'])
    expect(config.trustProxy).toBe(true)
    expect(config.sessionIdleMs).toBe(600_000)
    expect(readConfig({}).trustProxy).toBe(false)
    expect(() => readConfig({ DOORMAN_SESSION_IDLE_MINUTES: 'soon' })).toThrow(
      /DOORMAN_SESSION_IDLE_MINUTES/,
    )
  })

  it('rejects malformed ports and seeds with a specific message', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT must be a port number/)
    expect(() => readConfig({ SANDBOX_SEED: 'huge' })).toThrow(/SANDBOX_SEED/)
  })

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopback)).toBe(true)
    expect(['0.0.0.0', '192.168.1.2', '::'].some(isLoopback)).toBe(false)
  })

  it('npm start exits with a clear message instead of listening publicly with no account', () => {
    const result = spawnSync('npx', ['tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        HOST: '0.0.0.0',
        PORT: '0',
        DOORMAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'doorman-config-')),
      },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('there is no account yet')
    expect(result.stderr).toContain('npm run users -- add')
  })
})
