import type { Generated } from 'kysely'

/** Times are epoch milliseconds (a number in SQLite, a `bigint` that pg returns as a string). */
type Millis = number | string

export type UsersTable = {
  id: string
  email: string
  role: string
  password_hash: string
  disabled_at: Millis | null
  created_at: Millis
  updated_at: Millis
}

export type SessionsTable = {
  /** sha256 of the cookie's token: a copy of the table cannot be replayed as cookies. */
  token_hash: string
  user_id: string
  created_at: Millis
  last_seen_at: Millis
}

export type AuditLogTable = {
  id: Generated<number | string>
  at: Millis
  actor_email: string
  actor_role: string
  action: string
  device_id: string | null
  device_name: string | null
  access_code_id: string | null
  access_code_name: string | null
  request_id: string | null
  /** `ok`, or the error type (Seam's, or the dashboard's own such as `forbidden`). */
  result: string
  client_address: string | null
  /** JSON: the fields before and after an update, a role change… never a PIN. */
  details: string | null
}

export type Tables = {
  users: UsersTable
  sessions: SessionsTable
  audit_log: AuditLogTable
}
