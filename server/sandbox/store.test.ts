// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Store } from './db'
import { seedWorkspace } from './seed'
import { Simulator } from './simulator'

const NORMAL = 1
const FULL = 2

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

const synchronous = () => store.db.pragma('synchronous', { simple: true })

describe('Store durability', () => {
  it('commits acknowledged writes with synchronous=FULL, simulator ticks without an fsync', () => {
    expect(synchronous()).toBe(FULL)
    expect(store.transaction(synchronous)).toBe(FULL)
    expect(store.transactionWithoutFsync(synchronous)).toBe(NORMAL)
    expect(synchronous()).toBe(FULL)
    // Nested: the outer transaction decides.
    expect(store.transaction(() => store.transactionWithoutFsync(synchronous))).toBe(FULL)
    expect(() =>
      store.transactionWithoutFsync(() => {
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(synchronous()).toBe(FULL)
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
