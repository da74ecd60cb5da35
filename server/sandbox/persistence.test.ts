// @vitest-environment node
import Database from 'better-sqlite3'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const KEY = 'seam_persist_key'
const dataDir = mkdtempSync(join(tmpdir(), 'doorman-persist-'))
const children: ChildProcess[] = []

afterAll(() => {
  for (const child of children)
    if (child.exitCode === null && child.pid) killGroup(child, 'SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

/** npx → tsx → node: signal the whole process group so the server itself dies. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    /* already gone */
  }
}

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => res(port))
    })
  })
}

async function startProcess() {
  const port = await freePort()
  const child = spawn('npx', ['tsx', 'server/sandbox/main.ts'], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      DOORMAN_DATA_DIR: dataDir,
      SANDBOX_PORT: String(port),
      SANDBOX_API_KEY: KEY,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  await new Promise<void>((res, rej) => {
    let out = ''
    const timer = setTimeout(() => rej(new Error(`sandbox did not start: ${out}`)), 30_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('listening')) {
        clearTimeout(timer)
        res()
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', () => rej(new Error(`sandbox exited: ${out}`)))
  })
  const url = `http://127.0.0.1:${port}`
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = async (path: string, body: unknown = {}): Promise<any> => {
    const res = await fetch(url + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return res.json()
  }
  const kill = async () => {
    const exited = new Promise((r) => child.once('exit', r))
    killGroup(child, 'SIGKILL')
    await exited
  }
  return { call, kill }
}

describe('restart persistence (spawned npm run sandbox process)', () => {
  it('keeps every acknowledged write across SIGKILL, and the simulator resumes', async () => {
    const first = await startProcess()
    const devices = (await first.call('/devices/list')).devices
    expect(devices).toHaveLength(25)
    const online = devices.filter((d: { properties: { online: boolean } }) => d.properties.online)

    const created: { id: string; name: string }[] = []
    for (let i = 0; i < 10; i++) {
      const res = await first.call('/access_codes/create', {
        device_id: online[i % online.length].device_id,
        name: `Persist ${i}`,
      })
      created.push({ id: res.access_code.access_code_id, name: `Persist ${i}` })
    }
    await first.call('/access_codes/update', {
      access_code_id: created[0]!.id,
      name: 'Persist renamed',
    })
    created[0]!.name = 'Persist renamed'

    // Kill mid-write: fire a burst, SIGKILL as soon as half are acknowledged.
    const acknowledged: { id: string; name: string }[] = []
    const burst = Array.from({ length: 40 }, (_, i) =>
      first
        .call('/access_codes/create', {
          device_id: online[i % online.length].device_id,
          name: `Burst ${i}`,
        })
        .then((res) => {
          if (res?.ok) acknowledged.push({ id: res.access_code.access_code_id, name: `Burst ${i}` })
        })
        .catch(() => undefined),
    )
    while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 5))
    const ackedAtKill = [...acknowledged]
    await first.kill()
    await Promise.all(burst)

    // The database on disk is intact after the kill.
    const db = new Database(join(dataDir, 'sandbox.db'))
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()

    const second = await startProcess()
    const ids = [...created, ...ackedAtKill].map((code) => code.id)
    const back = (await second.call('/access_codes/list', { access_code_ids: ids })).access_codes
    expect(back).toHaveLength(ids.length)
    const names = new Map(
      back.map((code: { access_code_id: string; name: string }) => [
        code.access_code_id,
        code.name,
      ]),
    )
    for (const code of [...created, ...ackedAtKill]) expect(names.get(code.id)).toBe(code.name)

    // Codes that were still setting when killed settle after the restart.
    await second.call('/_sandbox/clock/advance', { ms: 60_000 })
    const settled = (await second.call('/access_codes/list', { access_code_ids: ids })).access_codes
    expect(settled.every((code: { status: string }) => code.status === 'set')).toBe(true)
    await second.kill()
  }, 90_000)
})
