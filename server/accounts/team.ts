import { openTeamDatabase, type DatabaseOptions, type Dialect } from '../store/database'
import { AuditLog } from './audit-log'
import { Sessions, type SessionLimits } from './sessions'
import { Users } from './users'

export type Team = {
  dialect: Dialect
  users: Users
  sessions: Sessions
  audit: AuditLog
  close(): Promise<void>
}

/** Accounts, sessions and the audit log, in SQLite by default or PostgreSQL with DATABASE_URL. */
export async function openTeam(
  options: DatabaseOptions & { session?: SessionLimits; now?: () => number },
): Promise<Team> {
  const database = await openTeamDatabase(options)
  const now = options.now ?? Date.now
  // A role change, a new password or disabling someone ends every session they have.
  const users: Users = new Users(database.db, (userId) => sessions.revokeUser(userId), now)
  const sessions: Sessions = new Sessions(database.db, users, { now, ...options.session })
  return {
    dialect: database.dialect,
    users,
    sessions,
    audit: new AuditLog(database.db),
    close: () => database.close(),
  }
}
