// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readConfig } from './config'
import { startBackend, type Backend } from './backend'

const started: { backend: Backend; dir: string }[] = []
afterEach(async () => {
  for (const { backend, dir } of started.splice(0)) {
    await backend.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

async function start(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'doorman-backend-'))
  const backend = await startBackend(
    readConfig({ SANDBOX_SEED: 'empty', DOORMAN_DATA_DIR: dir, ...env }),
  )
  started.push({ backend, dir })
  return backend
}

const devicesList = (backend: Backend, key: string) =>
  fetch(`${backend.url}/devices/list`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: '{}',
  })

describe('the embedded sandbox key', () => {
  it('is the documented default on loopback', async () => {
    const backend = await start({ SANDBOX_API_KEY: '' })
    expect(backend.apiKey).toBe('seam_sandbox_key')
  })

  it('is random per start when the dashboard is served beyond this machine', async () => {
    const env = { HOST: '0.0.0.0', SANDBOX_API_KEY: '' }
    const first = await start(env)
    const second = await start(env)
    expect(first.apiKey).not.toBe('seam_sandbox_key')
    expect(first.apiKey).not.toBe(second.apiKey)
    expect((await devicesList(first, 'seam_sandbox_key')).status).toBe(401)
    expect((await devicesList(first, first.apiKey)).status).toBe(200)
  })

  it('is SANDBOX_API_KEY when set', async () => {
    const backend = await start({
      HOST: '0.0.0.0',
      SANDBOX_API_KEY: 'chosen_key',
    })
    expect(backend.apiKey).toBe('chosen_key')
  })
})
