import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import Database from 'better-sqlite3'
import pg from 'pg'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Tables } from './tables'
import { migrations } from './migrations'

export type Dialect = 'sqlite' | 'postgres'
export type TeamDatabase = { db: Kysely<Tables>; dialect: Dialect; close(): Promise<void> }

export type DatabaseOptions = {
  /** `postgres://…` puts the team's data in PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string | undefined
  dataDir: string
}

/** Opens (creating and migrating as needed) the store for accounts, sessions and the audit log. */
export async function openTeamDatabase(options: DatabaseOptions): Promise<TeamDatabase> {
  const dialect: Dialect = options.databaseUrl ? 'postgres' : 'sqlite'
  const db = new Kysely<Tables>({
    dialect: options.databaseUrl
      ? new PostgresDialect({
          pool: new pg.Pool({ connectionString: options.databaseUrl, max: 10 }),
        })
      : new SqliteDialect({ database: openSqlite(options.dataDir) }),
  })
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialect) },
  })
  const { error } = await migrator.migrateToLatest()
  if (error) {
    await db.destroy()
    throw error instanceof Error ? error : new Error(String(error))
  }
  return { db, dialect, close: () => db.destroy() }
}

function openSqlite(dataDir: string) {
  mkdirSync(dataDir, { recursive: true })
  const sqlite = new Database(join(dataDir, 'doorman.db'))
  // WAL with synchronous=FULL: an acknowledged sign-in or audit entry survives a power cut.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return sqlite
}
