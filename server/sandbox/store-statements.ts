import type Database from 'better-sqlite3'
import type { AccessCodeRecord, CodeRow, CodeSim } from './types'

/** A code row as stored: its record and simulator state as JSON text. */
export interface RawCode {
  data: string
  sim: string
}

export const toCodeRow = (r: RawCode): CodeRow => ({
  code: JSON.parse(r.data) as AccessCodeRecord,
  sim: JSON.parse(r.sim) as CodeSim,
})

/** A code as the list caches load it: CAST AS BLOB hands back the stored UTF-8 bytes. */
export interface RawCachedCode {
  access_code_id: string
  seq: number
  device_id: string
  is_managed: number
  json: Buffer
}

/** Every statement the store runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
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
}

export type Statements = ReturnType<typeof prepareStatements>
