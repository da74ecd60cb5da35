import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { asciiJson } from './ascii-json'
import type {
  AccessCodeRecord,
  ActionAttemptRecord,
  CodeRow,
  CodeSim,
  DeviceRecord,
  DeviceRow,
  DeviceSim,
  SeamEventRecord,
} from './types'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS devices (
  device_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, connected_account_id TEXT NOT NULL,
  manufacturer TEXT NOT NULL, device_type TEXT NOT NULL, data TEXT NOT NULL, sim TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS devices_seq ON devices(seq);
CREATE TABLE IF NOT EXISTS access_codes (
  access_code_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, device_id TEXT NOT NULL, code TEXT,
  common_code_key TEXT, is_managed INTEGER NOT NULL, status TEXT NOT NULL,
  next_transition_at INTEGER, data TEXT NOT NULL, sim TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS access_codes_device ON access_codes(device_id, is_managed, seq);
CREATE INDEX IF NOT EXISTS access_codes_device_code ON access_codes(device_id, code);
CREATE INDEX IF NOT EXISTS access_codes_common ON access_codes(common_code_key) WHERE common_code_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS access_codes_due ON access_codes(next_transition_at, seq) WHERE next_transition_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, event_type TEXT NOT NULL,
  device_id TEXT, access_code_id TEXT, occurred_at INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_time ON events(occurred_at, seq);
CREATE INDEX IF NOT EXISTS events_device ON events(device_id, occurred_at);
CREATE INDEX IF NOT EXISTS events_code ON events(access_code_id, occurred_at);
CREATE TABLE IF NOT EXISTS action_attempts (action_attempt_id TEXT PRIMARY KEY, data TEXT NOT NULL);
`

interface RawCode {
  data: string
  sim: string
}

const toCodeRow = (r: RawCode): CodeRow => ({
  code: JSON.parse(r.data) as AccessCodeRecord,
  sim: JSON.parse(r.sim) as CodeSim,
})

/** A code's stored JSON as UTF-8 bytes, so list responses are one copy into the response buffer. */
interface CachedCode {
  seq: number
  deviceId: string
  managed: boolean
  json: Buffer
  /** The last codesJsonByIds call that saw this entry (dedupes ids without a Set per call). */
  seen: number
}

interface RawCachedCode {
  access_code_id: string
  seq: number
  device_id: string
  is_managed: number
  json: Buffer
}

const toCached = (r: RawCachedCode): CachedCode => ({
  seq: r.seq,
  deviceId: r.device_id,
  managed: r.is_managed === 1,
  json: r.json,
  seen: 0,
})

export interface EventQuery {
  device_id?: string
  device_ids?: string[]
  access_code_id?: string
  access_code_ids?: string[]
  event_types?: string[]
  since?: number
  until?: number
  limit: number
}

const MAX_MISSING_CODES = 100_000

/** All SQL lives here; callers see typed records. Statements are prepared once. */
export class Store {
  readonly db: Database.Database
  private codeSeq: number
  /** Every prepared statement, prepared once in the constructor. */
  private readonly statements
  /**
   * Read-through caches for the list endpoints (the hot paths): code JSON by id, and each
   * device's managed codes in creation order. Every write to a code first drops the code and
   * its device's list; a failed transaction and a wipe clear everything, so they never hold
   * data that is not committed (or about to be, inside the running transaction).
   */
  private readonly codeCache = new Map<string, CachedCode>()
  private readonly deviceCodes = new Map<string, CachedCode[]>()
  /**
   * Ids asked for that do not exist (pollers keep asking for codes that were deleted), so each
   * costs a lookup once, not per request; only putCode can create one. Bounded: any id fits.
   */
  private readonly missingCodes = new Set<string>()
  /**
   * A lower bound for the earliest `next_transition_at` (undefined: unknown, ask SQLite), so
   * the per-request simulator probe is a comparison. Writes can only lower it; anything that
   * may have raised the true minimum (a tick that drained, a rollback, a wipe) forgets it.
   */
  private earliestDue: number | undefined
  /** Device ids (devices are only ever added, or wiped), loaded on first use. */
  private deviceIds: Set<string> | undefined
  private lookups = 0

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true })
    const file = join(dataDir, 'sandbox.db')
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    // FULL: a commit is on disk before we acknowledge the request.
    this.db.pragma('synchronous = FULL')
    this.db.pragma('busy_timeout = 5000')
    this.db.exec(SCHEMA)
    const db = this.db
    this.statements = {
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
      putDevice: db.prepare(
        `INSERT INTO devices (device_id, seq, connected_account_id, manufacturer, device_type, data, sim)
         VALUES (@device_id, @seq, @connected_account_id, @manufacturer, @device_type, @data, @sim)
         ON CONFLICT(device_id) DO UPDATE SET data = excluded.data, sim = excluded.sim`,
      ),
      getDevice: db.prepare<[string], { data: string; sim: string }>(
        'SELECT data, sim FROM devices WHERE device_id = ?',
      ),
      deviceIds: db.prepare<[], { device_id: string }>('SELECT device_id FROM devices'),
      allDevices: db.prepare<[], { data: string; sim: string }>(
        'SELECT data, sim FROM devices ORDER BY seq',
      ),
      deviceCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM devices'),
      putCode: db.prepare(
        `INSERT INTO access_codes (access_code_id, seq, device_id, code, common_code_key, is_managed, status, next_transition_at, data, sim)
         VALUES (@access_code_id, @seq, @device_id, @code, @common_code_key, @is_managed, @status, @next, @data, @sim)
         ON CONFLICT(access_code_id) DO UPDATE SET code = excluded.code, common_code_key = excluded.common_code_key,
           is_managed = excluded.is_managed, status = excluded.status, next_transition_at = excluded.next_transition_at,
           data = excluded.data, sim = excluded.sim`,
      ),
      getCode: db.prepare<[string], RawCode>(
        'SELECT data, sim FROM access_codes WHERE access_code_id = ?',
      ),
      deleteCode: db.prepare<[string], { device_id: string }>(
        'DELETE FROM access_codes WHERE access_code_id = ? RETURNING device_id',
      ),
      // CAST AS BLOB: better-sqlite3 hands back the stored UTF-8 bytes as a Buffer (no decode).
      codesByDevice: db.prepare<[string, number], RawCachedCode>(
        `SELECT access_code_id, seq, device_id, is_managed, CAST(data AS BLOB) AS json
         FROM access_codes WHERE device_id = ? AND is_managed = ? ORDER BY seq`,
      ),
      codeRowsByDevice: db.prepare<[string], RawCode>(
        'SELECT data, sim FROM access_codes WHERE device_id = ? ORDER BY seq',
      ),
      allCachedCodes: db.prepare<[], RawCachedCode>(
        `SELECT access_code_id, seq, device_id, is_managed, CAST(data AS BLOB) AS json
         FROM access_codes ORDER BY seq`,
      ),
      cachedCode: db.prepare<[string], RawCachedCode>(
        `SELECT access_code_id, seq, device_id, is_managed, CAST(data AS BLOB) AS json
         FROM access_codes WHERE access_code_id = ?`,
      ),
      codeOnDevice: db.prepare<[string, string], RawCode>(
        'SELECT data, sim FROM access_codes WHERE device_id = ? AND code = ? ORDER BY is_managed DESC, seq LIMIT 1',
      ),
      codesByCommonKey: db.prepare<[string], RawCode>(
        'SELECT data, sim FROM access_codes WHERE common_code_key = ? AND is_managed = 1 ORDER BY seq',
      ),
      earliestDue: db.prepare<[], { m: number | null }>(
        'SELECT min(next_transition_at) AS m FROM access_codes WHERE next_transition_at IS NOT NULL',
      ),
      nextDue: db.prepare<[number], RawCode & { next_transition_at: number }>(
        `SELECT data, sim, next_transition_at FROM access_codes
         WHERE next_transition_at IS NOT NULL AND next_transition_at <= ? ORDER BY next_transition_at, seq LIMIT 1`,
      ),
      maxSeq: db.prepare<[], { m: number | null }>('SELECT max(seq) AS m FROM access_codes'),
      codeCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM access_codes'),
      insertEvent: db.prepare(
        `INSERT INTO events (event_id, event_type, device_id, access_code_id, occurred_at, data)
         VALUES (@event_id, @event_type, @device_id, @access_code_id, @occurred_at, @data)`,
      ),
      putAttempt: db.prepare(
        'INSERT INTO action_attempts (action_attempt_id, data) VALUES (?, ?) ON CONFLICT(action_attempt_id) DO UPDATE SET data = excluded.data',
      ),
      getAttempt: db.prepare<[string], { data: string }>(
        'SELECT data FROM action_attempts WHERE action_attempt_id = ?',
      ),
    }
    this.codeSeq = (this.statements.maxSeq.get()?.m ?? 0) + 1
  }

  async close(): Promise<void> {
    this.db.close()
  }

  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)()
    } catch (err) {
      this.forgetCaches()
      throw err
    }
  }

  private forgetCaches(): void {
    this.codeCache.clear()
    this.missingCodes.clear()
    this.deviceCodes.clear()
    this.earliestDue = undefined
    this.deviceIds = undefined
  }

  /** Drop what a write to this code makes stale (before the write, so a rollback cannot skip it). */
  private invalidateCode(id: string, deviceId: string | undefined): void {
    this.missingCodes.delete(id)
    const cached = this.codeCache.get(id)
    if (cached) {
      this.codeCache.delete(id)
      this.deviceCodes.delete(cached.deviceId)
    }
    if (deviceId !== undefined) this.deviceCodes.delete(deviceId)
  }

  wipe(): void {
    this.forgetCaches()
    this.db.exec(
      'DELETE FROM meta; DELETE FROM devices; DELETE FROM access_codes; DELETE FROM events; DELETE FROM action_attempts;',
    )
    this.codeSeq = 1
  }

  getMeta(key: string): string | undefined {
    return this.statements.getMeta.get(key)?.value
  }

  setMeta(key: string, value: string): void {
    this.statements.setMeta.run(key, value)
  }

  // ---- devices
  putDevice(device: DeviceRecord, sim: DeviceSim, seq?: number): void {
    this.statements.putDevice.run({
      device_id: device.device_id,
      seq: seq ?? this.statements.deviceCount.get()!.n + 1,
      connected_account_id: device.connected_account_id ?? '',
      manufacturer: device.properties.manufacturer ?? '',
      device_type: device.device_type,
      data: asciiJson(device),
      sim: JSON.stringify(sim),
    })
    this.deviceIds?.add(device.device_id)
  }

  hasDevice(deviceId: string): boolean {
    this.deviceIds ??= new Set(this.statements.deviceIds.all().map((r) => r.device_id))
    return this.deviceIds.has(deviceId)
  }

  getDevice(deviceId: string): DeviceRow | undefined {
    const r = this.statements.getDevice.get(deviceId)
    return r && { device: JSON.parse(r.data) as DeviceRecord, sim: JSON.parse(r.sim) as DeviceSim }
  }

  allDevices(): DeviceRow[] {
    return this.statements.allDevices.all().map((r) => ({
      device: JSON.parse(r.data) as DeviceRecord,
      sim: JSON.parse(r.sim) as DeviceSim,
    }))
  }

  // ---- access codes
  putCode(row: CodeRow, next: number | null): void {
    const { code, sim } = row
    this.invalidateCode(code.access_code_id, code.device_id)
    if (next !== null && this.earliestDue !== undefined && next < this.earliestDue)
      this.earliestDue = next
    this.statements.putCode.run({
      access_code_id: code.access_code_id,
      seq: this.codeSeq++,
      device_id: code.device_id,
      code: code.code,
      common_code_key: code.common_code_key,
      is_managed: code.is_managed ? 1 : 0,
      status: code.status,
      next: next,
      data: asciiJson(code),
      sim: JSON.stringify(sim),
    })
  }

  getCode(id: string): CodeRow | undefined {
    const r = this.statements.getCode.get(id)
    return r && toCodeRow(r)
  }

  deleteCode(id: string): void {
    this.invalidateCode(id, undefined)
    const deleted = this.statements.deleteCode.get(id)
    if (deleted) this.deviceCodes.delete(deleted.device_id)
  }

  /**
   * Stored JSON (UTF-8 bytes) of a device's managed or unmanaged codes in creation order, so
   * list responses skip a parse/serialise round trip. Managed lists are cached per device.
   */
  codesJsonByDevice(deviceId: string, managed: boolean, limit: number): Buffer[] {
    let entries = managed ? this.deviceCodes.get(deviceId) : undefined
    if (!entries) {
      entries = this.statements.codesByDevice.all(deviceId, managed ? 1 : 0).map((r) => {
        const cached = this.codeCache.get(r.access_code_id)
        if (cached) return cached
        const entry = toCached(r)
        this.codeCache.set(r.access_code_id, entry)
        return entry
      })
      if (managed) this.deviceCodes.set(deviceId, entries)
    }
    const n = Math.min(limit, entries.length)
    const out = new Array<Buffer>(n)
    for (let i = 0; i < n; i++) out[i] = entries[i]!.json
    return out
  }

  /**
   * Fill the list caches from one scan, so the first requests after a start (or a reset) do not
   * each pay a SQLite lookup per code: on the large seed the first 50 by-ids lists took ~150 ms
   * each when cold. Reads committed rows, like the lazy paths, so the caches stay coherent.
   */
  warmCodeCache(): void {
    const managedByDevice = new Map<string, CachedCode[]>()
    for (const r of this.statements.allCachedCodes.iterate()) {
      const entry = this.codeCache.get(r.access_code_id) ?? toCached(r)
      this.codeCache.set(r.access_code_id, entry)
      if (!entry.managed) continue
      const list = managedByDevice.get(entry.deviceId)
      if (list) list.push(entry)
      else managedByDevice.set(entry.deviceId, [entry])
    }
    for (const [deviceId, list] of managedByDevice)
      if (!this.deviceCodes.has(deviceId)) this.deviceCodes.set(deviceId, list)
  }

  /** Managed codes among `ids` (unknown ids are simply absent), in creation order. */
  codesJsonByIds(ids: string[], deviceId: string | undefined, limit: number): Buffer[] {
    const found: CachedCode[] = []
    const lookup = ++this.lookups
    for (const id of ids) {
      let entry = this.codeCache.get(id)
      if (!entry) {
        if (this.missingCodes.has(id)) continue
        const r = this.statements.cachedCode.get(id)
        if (!r) {
          if (this.missingCodes.size >= MAX_MISSING_CODES) this.missingCodes.clear()
          this.missingCodes.add(id)
          continue
        }
        entry = toCached(r)
        this.codeCache.set(id, entry)
      }
      if (entry.seen === lookup) continue
      entry.seen = lookup
      if (entry.managed && (deviceId === undefined || entry.deviceId === deviceId))
        found.push(entry)
    }
    return found
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit)
      .map((e) => e.json)
  }

  codeRowsByDevice(deviceId: string): CodeRow[] {
    return this.statements.codeRowsByDevice.all(deviceId).map(toCodeRow)
  }

  codeOnDevice(deviceId: string, code: string): CodeRow | undefined {
    const r = this.statements.codeOnDevice.get(deviceId, code)
    return r && toCodeRow(r)
  }

  codesByCommonKey(key: string): CodeRow[] {
    return this.statements.codesByCommonKey.all(key).map(toCodeRow)
  }

  /** Whether some code may be due at `now` (never a false negative; usually no SQL at all). */
  anyDue(now: number): boolean {
    this.earliestDue ??= this.statements.earliestDue.get()?.m ?? Infinity
    return this.earliestDue <= now
  }

  nextDue(now: number): (CodeRow & { at: number }) | undefined {
    const r = this.statements.nextDue.get(now)
    // Drained: the earliest transition is now later than our bound; look it up again next time.
    if (!r) this.earliestDue = undefined
    return r && { ...toCodeRow(r), at: r.next_transition_at }
  }

  codeCount(): number {
    return this.statements.codeCount.get()!.n
  }

  // ---- events
  insertEvent(event: SeamEventRecord, occurredAt: number): void {
    this.statements.insertEvent.run({
      event_id: event.event_id,
      event_type: event.event_type,
      device_id: event.device_id ?? null,
      access_code_id: event.access_code_id ?? null,
      occurred_at: occurredAt,
      data: asciiJson(event),
    })
  }

  listEventsJson(q: EventQuery): string[] {
    const where: string[] = []
    const params: (string | number)[] = []
    const add = (clause: string, value: string | number | string[] | undefined) => {
      if (value === undefined) return
      where.push(clause)
      params.push(Array.isArray(value) ? JSON.stringify(value) : value)
    }
    add('device_id = ?', q.device_id)
    add('device_id IN (SELECT value FROM json_each(?))', q.device_ids)
    add('access_code_id = ?', q.access_code_id)
    add('access_code_id IN (SELECT value FROM json_each(?))', q.access_code_ids)
    add('event_type IN (SELECT value FROM json_each(?))', q.event_types)
    add('occurred_at >= ?', q.since)
    add('occurred_at <= ?', q.until)
    const sql = `SELECT data FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY occurred_at DESC, seq DESC LIMIT ?`
    params.push(q.limit)
    return this.db
      .prepare<(string | number)[], { data: string }>(sql)
      .all(...params)
      .map((r) => r.data)
  }

  // ---- action attempts
  putActionAttempt(a: ActionAttemptRecord): void {
    this.statements.putAttempt.run(a.action_attempt_id, JSON.stringify(a))
  }

  getActionAttempt(id: string): ActionAttemptRecord | undefined {
    const r = this.statements.getAttempt.get(id)
    return r && (JSON.parse(r.data) as ActionAttemptRecord)
  }
}
