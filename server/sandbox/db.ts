import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
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

interface CachedCode {
  seq: number
  deviceId: string
  managed: boolean
  data: string
}

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

/** All SQL lives here; callers see typed records. Statements are prepared once. */
export class Store {
  readonly db: Database.Database
  private codeSeq: number
  private readonly s
  /**
   * Read-through cache of code JSON by id for list-by-ids (the hot path with 200 ids). Writes
   * only invalidate, and a failed transaction clears it, so it never holds uncommitted data.
   */
  private readonly codeCache = new Map<string, CachedCode>()

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true })
    this.db = new Database(join(dataDir, 'sandbox.db'))
    this.db.pragma('journal_mode = WAL')
    // FULL: a commit is on disk before we acknowledge the request.
    this.db.pragma('synchronous = FULL')
    this.db.pragma('busy_timeout = 5000')
    this.db.exec(SCHEMA)
    const db = this.db
    this.s = {
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
      deleteCode: db.prepare('DELETE FROM access_codes WHERE access_code_id = ?'),
      codesByDevice: db.prepare<[string, number, number], { data: string }>(
        'SELECT data FROM access_codes WHERE device_id = ? AND is_managed = ? ORDER BY seq LIMIT ?',
      ),
      codeRowsByDevice: db.prepare<[string], RawCode>(
        'SELECT data, sim FROM access_codes WHERE device_id = ? ORDER BY seq',
      ),
      cachedCode: db.prepare<
        [string],
        { seq: number; device_id: string; is_managed: number; data: string }
      >('SELECT seq, device_id, is_managed, data FROM access_codes WHERE access_code_id = ?'),
      codeOnDevice: db.prepare<[string, string], RawCode>(
        'SELECT data, sim FROM access_codes WHERE device_id = ? AND code = ? ORDER BY is_managed DESC, seq LIMIT 1',
      ),
      codesByCommonKey: db.prepare<[string], RawCode>(
        'SELECT data, sim FROM access_codes WHERE common_code_key = ? AND is_managed = 1 ORDER BY seq',
      ),
      anyDue: db.prepare<[number], { n: number }>(
        'SELECT 1 AS n FROM access_codes WHERE next_transition_at IS NOT NULL AND next_transition_at <= ? LIMIT 1',
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
    this.codeSeq = (this.s.maxSeq.get()?.m ?? 0) + 1
  }

  close(): void {
    this.db.close()
  }

  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)()
    } catch (err) {
      this.codeCache.clear()
      throw err
    }
  }

  wipe(): void {
    this.codeCache.clear()
    this.db.exec(
      'DELETE FROM meta; DELETE FROM devices; DELETE FROM access_codes; DELETE FROM events; DELETE FROM action_attempts;',
    )
    this.codeSeq = 1
  }

  getMeta(key: string): string | undefined {
    return this.s.getMeta.get(key)?.value
  }

  setMeta(key: string, value: string): void {
    this.s.setMeta.run(key, value)
  }

  // ---- devices
  putDevice(device: DeviceRecord, sim: DeviceSim, seq?: number): void {
    this.s.putDevice.run({
      device_id: device.device_id,
      seq: seq ?? this.s.deviceCount.get()!.n + 1,
      connected_account_id: device.connected_account_id ?? '',
      manufacturer: device.properties.manufacturer ?? '',
      device_type: device.device_type,
      data: JSON.stringify(device),
      sim: JSON.stringify(sim),
    })
  }

  getDevice(deviceId: string): DeviceRow | undefined {
    const r = this.s.getDevice.get(deviceId)
    return r && { device: JSON.parse(r.data) as DeviceRecord, sim: JSON.parse(r.sim) as DeviceSim }
  }

  allDevices(): DeviceRow[] {
    return this.s.allDevices.all().map((r) => ({
      device: JSON.parse(r.data) as DeviceRecord,
      sim: JSON.parse(r.sim) as DeviceSim,
    }))
  }

  // ---- access codes
  putCode(row: CodeRow, next: number | null): void {
    const { code, sim } = row
    this.codeCache.delete(code.access_code_id)
    this.s.putCode.run({
      access_code_id: code.access_code_id,
      seq: this.codeSeq++,
      device_id: code.device_id,
      code: code.code,
      common_code_key: code.common_code_key,
      is_managed: code.is_managed ? 1 : 0,
      status: code.status,
      next: next,
      data: JSON.stringify(code),
      sim: JSON.stringify(sim),
    })
  }

  getCode(id: string): CodeRow | undefined {
    const r = this.s.getCode.get(id)
    return r && toCodeRow(r)
  }

  deleteCode(id: string): void {
    this.codeCache.delete(id)
    this.s.deleteCode.run(id)
  }

  /** Raw JSON strings, so list responses skip a parse/serialise round trip. */
  codesJsonByDevice(deviceId: string, managed: boolean, limit: number): string[] {
    return this.s.codesByDevice.all(deviceId, managed ? 1 : 0, limit).map((r) => r.data)
  }

  /** Managed codes among `ids` (unknown ids are simply absent), in creation order. */
  codesJsonByIds(ids: string[], deviceId: string | undefined, limit: number): string[] {
    const found: CachedCode[] = []
    for (const id of new Set(ids)) {
      let entry = this.codeCache.get(id)
      if (!entry) {
        const r = this.s.cachedCode.get(id)
        if (!r) continue
        entry = { seq: r.seq, deviceId: r.device_id, managed: r.is_managed === 1, data: r.data }
        this.codeCache.set(id, entry)
      }
      if (entry.managed && (deviceId === undefined || entry.deviceId === deviceId))
        found.push(entry)
    }
    return found
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit)
      .map((e) => e.data)
  }

  codeRowsByDevice(deviceId: string): CodeRow[] {
    return this.s.codeRowsByDevice.all(deviceId).map(toCodeRow)
  }

  codeOnDevice(deviceId: string, code: string): CodeRow | undefined {
    const r = this.s.codeOnDevice.get(deviceId, code)
    return r && toCodeRow(r)
  }

  codesByCommonKey(key: string): CodeRow[] {
    return this.s.codesByCommonKey.all(key).map(toCodeRow)
  }

  anyDue(now: number): boolean {
    return this.s.anyDue.get(now) !== undefined
  }

  nextDue(now: number): (CodeRow & { at: number }) | undefined {
    const r = this.s.nextDue.get(now)
    return r && { ...toCodeRow(r), at: r.next_transition_at }
  }

  codeCount(): number {
    return this.s.codeCount.get()!.n
  }

  // ---- events
  insertEvent(event: SeamEventRecord, occurredAt: number): void {
    this.s.insertEvent.run({
      event_id: event.event_id,
      event_type: event.event_type,
      device_id: event.device_id ?? null,
      access_code_id: event.access_code_id ?? null,
      occurred_at: occurredAt,
      data: JSON.stringify(event),
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
    this.s.putAttempt.run(a.action_attempt_id, JSON.stringify(a))
  }

  getActionAttempt(id: string): ActionAttemptRecord | undefined {
    const r = this.s.getAttempt.get(id)
    return r && (JSON.parse(r.data) as ActionAttemptRecord)
  }
}
