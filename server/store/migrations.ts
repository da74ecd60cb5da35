import { sql, type Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import type { Dialect } from './database'

/**
 * One list of migrations for both dialects, run in order at start (Kysely's Migrator keeps
 * track and takes a lock, so two servers starting together on one PostgreSQL do not race).
 * Append new ones; never edit one that has shipped.
 */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001_accounts_and_audit': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('users')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('email', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('disabled_at', 'bigint')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute()

        await db.schema
          .createTable('sessions')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
          .execute()
        await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()

        await db.schema
          .createTable('audit_log')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('actor_email', 'text', (c) => c.notNull())
          .addColumn('actor_role', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('device_id', 'text')
          .addColumn('device_name', 'text')
          .addColumn('access_code_id', 'text')
          .addColumn('access_code_name', 'text')
          .addColumn('request_id', 'text')
          .addColumn('result', 'text', (c) => c.notNull())
          .addColumn('client_address', 'text')
          .addColumn('details', 'text')
          .execute()
        await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute()

        // Append-only below the code, too: no UPDATE ever succeeds on an entry.
        if (dialect === 'postgres') {
          await sql`CREATE FUNCTION doorman_audit_log_append_only() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql`.execute(db)
          await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION doorman_audit_log_append_only()`.execute(db)
        } else {
          await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db)
        }
      },
    },
  }
}
