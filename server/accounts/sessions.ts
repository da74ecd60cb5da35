import type { Kysely } from 'kysely'
import { createHash, randomBytes } from 'node:crypto'
import type { Tables } from '../store/tables'
import type { User } from './users'

export type SessionLimits = {
  /** A session not used for this long is over (default 30 minutes). */
  idleMs?: number
  /** No session lives longer than this, however busy (default 12 hours). */
  absoluteMs?: number
  now?: () => number
}

// Writing last_seen_at on every request would make each API call a database write; a minute's
// slack on a 30-minute idle limit is not worth that.
const TOUCH_EVERY_MS = 60_000

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * Sessions in the team's database, so they survive a restart and work on every server that
 * shares it. The cookie holds a random token; the table holds only its hash.
 */
export class Sessions {
  private readonly idleMs: number
  private readonly absoluteMs: number
  private readonly now: () => number

  constructor(
    private readonly db: Kysely<Tables>,
    private readonly users: { byId(id: string): Promise<User | undefined> },
    limits: SessionLimits = {},
  ) {
    this.idleMs = limits.idleMs ?? 30 * 60_000
    this.absoluteMs = limits.absoluteMs ?? 12 * 60 * 60_000
    this.now = limits.now ?? Date.now
  }

  async create(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url')
    const now = this.now()
    await this.db
      .insertInto('sessions')
      .values({ token_hash: hashToken(token), user_id: userId, created_at: now, last_seen_at: now })
      .execute()
    return token
  }

  /** The signed-in user for this token, if the session is live; this use keeps it alive. */
  async resolve(token: string | undefined): Promise<User | undefined> {
    if (!token || token.length > 200) return undefined
    const hash = hashToken(token)
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('token_hash', '=', hash)
      .executeTakeFirst()
    if (!row) return undefined
    const now = this.now()
    const lastSeen = Number(row.last_seen_at)
    if (now - lastSeen > this.idleMs || now - Number(row.created_at) > this.absoluteMs) {
      await this.revoke(token)
      return undefined
    }
    const user = await this.users.byId(row.user_id)
    if (!user || user.disabled) return undefined
    if (now - lastSeen > TOUCH_EVERY_MS) {
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: now })
        .where('token_hash', '=', hash)
        .execute()
    }
    return user
  }

  async revoke(token: string | undefined): Promise<void> {
    if (!token) return
    await this.db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute()
  }

  async revokeUser(userId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute()
  }

  /** Deletes every expired session; the server runs it every minute. */
  async sweep(): Promise<number> {
    const now = this.now()
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([
          eb('last_seen_at', '<', now - this.idleMs),
          eb('created_at', '<', now - this.absoluteMs),
        ]),
      )
      .executeTakeFirst()
    return Number(result.numDeletedRows)
  }
}
