import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

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

/**
 * Opens (or creates) the sandbox's SQLite file in `dataDir`. Durability: WAL with
 * `synchronous=FULL`, so every commit is on disk before the server answers or goes on; SQLite
 * checkpoints the WAL itself.
 */
export function openSandboxDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(join(dataDir, 'sandbox.db'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  db.exec(SCHEMA)
  return db
}
