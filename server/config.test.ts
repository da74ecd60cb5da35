// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
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

  it('refuses a non-loopback address without DOORMAN_PASSWORD', () => {
    expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError)
    expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(/DOORMAN_PASSWORD/)
    expect(readConfig({ HOST: '0.0.0.0', DOORMAN_PASSWORD: 'twelve chars' }).host).toBe('0.0.0.0')
  })

  it('refuses a password under 12 characters off loopback, where it can be guessed', () => {
    expect(() => readConfig({ HOST: '0.0.0.0', DOORMAN_PASSWORD: 'x' })).toThrow(
      /at least 12 characters/,
    )
    expect(() => readConfig({ HOST: '10.0.0.5', DOORMAN_PASSWORD: 'elevenchars' })).toThrow(
      ConfigError,
    )
    expect(readConfig({ DOORMAN_PASSWORD: 'x' }).password).toBe('x')
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

  it('npm start exits with a clear message instead of listening publicly without a password', () => {
    const result = spawnSync('npx', ['tsx', 'server/main.ts'], {
      env: { ...process.env, HOST: '0.0.0.0', DOORMAN_PASSWORD: '', PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Refusing to listen on 0.0.0.0 without a password')
  })
})
