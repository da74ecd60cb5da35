// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Store } from './db'
import { seedWorkspace } from './seed'
import { REQUEST_TICK_GAP_MS, Simulator } from './simulator'

/* The simulator's backlog in slices, the request path's coalesced ticks, the warmed caches. */

const HOUR = 3_600_000

let dirs: string[] = []
const open = () => {
  const dir = mkdtempSync(join(tmpdir(), 'doorman-slices-'))
  dirs.push(dir)
  const store = new Store(dir)
  return { store, sim: new Simulator(store) }
}
let store: Store
let sim: Simulator
let now: number

beforeEach(() => {
  ;({ store, sim } = open())
  now = Date.now()
  seedWorkspace(store, sim, 'default', now)
})
afterEach(async () => {
  vi.restoreAllMocks()
  await store.close()
  const done = dirs
  dirs = []
  for (const dir of done) rmSync(dir, { recursive: true, force: true })
})

const dueCount = (s: Store, at: number) =>
  s.db
    .prepare<[number], { n: number }>(
      'SELECT count(*) AS n FROM access_codes WHERE next_transition_at <= ?',
    )
    .get(at)!.n
const lastEventSeq = (s: Store) =>
  s.db.prepare<[], { m: number }>('SELECT max(seq) AS m FROM events').get()!.m
/** Events written after `afterSeq` (the seed writes a history of its own first). */
const eventsSince = (s: Store, afterSeq: number) =>
  s.db
    .prepare<[number], { event_type: string; occurred_at: number }>(
      'SELECT event_type, occurred_at FROM events WHERE seq > ? ORDER BY seq',
    )
    .all(afterSeq)
const statuses = (s: Store) =>
  s.db
    .prepare<[], { status: string; n: number }>(
      'SELECT status, count(*) AS n FROM access_codes GROUP BY status ORDER BY status',
    )
    .all()

describe('Simulator.tick with a budget', () => {
  it('stops part-way, keeps the rest due, and ends where one unbounded tick ends', async () => {
    const later = now + HOUR
    const due = dueCount(store, later)
    expect(due).toBeGreaterThan(3)
    const seeded = lastEventSeq(store)

    // A zero budget applies one transition per call.
    expect(sim.tick(later, 0)).toBe(false)
    expect(store.anyDue(later)).toBe(true)
    let calls = 1
    while (!sim.tick(later, 0)) calls++
    expect(calls).toBeGreaterThanOrEqual(due)
    expect(dueCount(store, later)).toBe(0)

    // Same seed instant, one unbounded tick: the same statuses and the same event history.
    const other = open()
    try {
      seedWorkspace(other.store, other.sim, 'default', now)
      const otherSeeded = lastEventSeq(other.store)
      expect(other.sim.tick(later)).toBe(true)
      expect(statuses(store)).toEqual(statuses(other.store))
      expect(eventsSince(store, seeded)).toEqual(eventsSince(other.store, otherSeeded))
    } finally {
      await other.store.close()
    }
    // Slices never reorder: events are stamped in time order.
    const times = eventsSince(store, seeded).map((e) => e.occurred_at)
    expect(times.length).toBeGreaterThanOrEqual(due)
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })
})

describe('Simulator.tickForRequest', () => {
  it('applies due transitions at most once per REQUEST_TICK_GAP_MS of wall time', () => {
    let wall = 1_000
    vi.spyOn(performance, 'now').mockImplementation(() => wall)
    const later = now + HOUR
    sim.tickForRequest(later)
    expect(dueCount(store, later)).toBe(0)

    // Something falls due again right after: a request within the gap leaves it for later.
    const row = store.codeRowsByDevice(store.allDevices()[0]!.device.device_id)[0]!
    store.putCode(row, later)
    wall += REQUEST_TICK_GAP_MS - 1
    sim.tickForRequest(later)
    expect(dueCount(store, later)).toBe(1)
    wall += 1
    sim.tickForRequest(later)
    expect(dueCount(store, later)).toBe(0)
  })
})

describe('Store.warmCodeCache', () => {
  it('serves every list from memory afterwards, with the same bytes as the lazy path', async () => {
    sim.tick(now + HOUR)
    const deviceIds = store.allDevices().map((d) => d.device.device_id)
    const ids = store.db
      .prepare<[], { access_code_id: string }>('SELECT access_code_id FROM access_codes')
      .all()
      .map((r) => r.access_code_id)
    const text = (bufs: Buffer[]) => bufs.map((b) => b.toString('utf8'))

    // Lazily filled, on a second store over the same file.
    const lazy = new Store(dirs[0]!)
    const lazyByIds = text(lazy.codesJsonByIds(ids, undefined, 100_000))
    const lazyByDevice = deviceIds.map((d) => text(lazy.codesJsonByDevice(d, true, 100_000)))
    await lazy.close()

    store.warmCodeCache()
    const statement = Object.getPrototypeOf(store.db.prepare('SELECT 1')) as {
      get: () => unknown
      all: () => unknown
    }
    const get = vi.spyOn(statement, 'get')
    const all = vi.spyOn(statement, 'all')
    expect(text(store.codesJsonByIds(ids, undefined, 100_000))).toEqual(lazyByIds)
    expect(deviceIds.map((d) => text(store.codesJsonByDevice(d, true, 100_000)))).toEqual(
      lazyByDevice,
    )
    expect(get).not.toHaveBeenCalled()
    expect(all).not.toHaveBeenCalled()
    expect(lazyByIds.length).toBe(
      ids.length - store.db.prepare('SELECT 1 FROM access_codes WHERE is_managed = 0').all().length,
    )
  })
})
