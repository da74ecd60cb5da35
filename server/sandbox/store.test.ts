// @vitest-environment node
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Store } from './db'
import { seedWorkspace } from './seed'
import { Simulator } from './simulator'

let dir: string
let store: Store
let sim: Simulator

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'doorman-store-'))
  store = new Store(dir)
  sim = new Simulator(store)
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * In a separate Node process: seed a store, make an acknowledged write (a committed
 * transaction), a failed one (rolled back) and a simulator tick (committed too),
 * report, then wait to be killed without closing anything.
 */
const WRITER = `
import { Store } from './server/sandbox/db.ts'
import { Simulator } from './server/sandbox/simulator.ts'
import { seedWorkspace } from './server/sandbox/seed.ts'
const store = new Store(process.env.STORE_DIR)
const sim = new Simulator(store)
const now = Date.parse('2026-03-10T12:00:00Z')
seedWorkspace(store, sim, 'default', now)
const row = store.codeRowsByDevice(store.allDevices()[0].device.device_id)[0]
const named = (name) => ({ ...row, code: { ...row.code, name } })
store.transaction(() => store.putCode(named('Acknowledged before the kill'), null))
try {
  store.transaction(() => {
    store.putCode(named('Rolled back'), null)
    throw new Error('boom')
  })
} catch {}
const later = now + 3_600_000
const dueBefore = store.anyDue(later)
sim.tick(later)
process.stdout.write(JSON.stringify({ id: row.code.access_code_id, codes: store.codeCount(), later, dueBefore, dueAfter: store.anyDue(later) }) + '\\n')
setInterval(() => {}, 1 << 30)
`

/** Runs WRITER on `storeDir`, SIGKILLs it once it has reported, and returns its report. */
async function writeThenKill(storeDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', WRITER], {
    cwd: ROOT,
    env: { ...process.env, STORE_DIR: storeDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<NodeJS.Signals | null>((res) =>
    child.once('exit', (_c, sig) => res(sig)),
  )
  try {
    const line = await new Promise<string>((res, rej) => {
      let out = ''
      let err = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes('\n')) res(out.split('\n')[0]!)
      })
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
      child.once('exit', () => rej(new Error(`writer exited before reporting: ${err}`)))
    })
    return JSON.parse(line) as {
      id: string
      codes: number
      later: number
      dueBefore: boolean
      dueAfter: boolean
    }
  } finally {
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
  }
}

describe('Store durability', () => {
  it('an acknowledged write survives a killed process; a failed transaction leaves nothing', async () => {
    const killedDir = mkdtempSync(join(tmpdir(), 'doorman-store-killed-'))
    try {
      const report = await writeThenKill(killedDir)
      expect(report.codes).toBeGreaterThan(100)
      expect(report.dueBefore).toBe(true)
      expect(report.dueAfter).toBe(false)

      // The files as the killed process left them: no close, no final checkpoint.
      const raw = new Database(join(killedDir, 'sandbox.db'))
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
      raw.close()

      const reopened = new Store(killedDir)
      try {
        expect(reopened.codeCount()).toBe(report.codes)
        // The committed rename is there; the rolled-back one never was.
        expect(reopened.getCode(report.id)?.code.name).toBe('Acknowledged before the kill')
        // The simulator's tick survived the kill too.
        expect(reopened.anyDue(report.later)).toBe(false)
      } finally {
        await reopened.close()
      }
    } finally {
      rmSync(killedDir, { recursive: true, force: true })
    }
  })

  it('applies every transition that falls due, whatever the cached earliest-due bound says', () => {
    const now = Date.now()
    seedWorkspace(store, sim, 'default', now)
    const due = () =>
      store.db
        .prepare<[number], { n: number }>(
          'SELECT count(*) AS n FROM access_codes WHERE next_transition_at <= ?',
        )
        .get(now + 3_600_000)!.n
    expect(due()).toBeGreaterThan(0)
    expect(store.anyDue(now + 3_600_000)).toBe(true)
    sim.tick(now + 3_600_000)
    expect(due()).toBe(0)
    expect(store.anyDue(now + 3_600_000)).toBe(false)

    // A write that makes something due sooner is seen at once.
    const row = store.codeRowsByDevice(store.allDevices()[0]!.device.device_id)[0]!
    store.putCode(row, now + 3_600_000)
    expect(store.anyDue(now + 3_600_000)).toBe(true)
  })
})
