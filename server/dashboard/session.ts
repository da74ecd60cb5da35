import { randomBytes, timingSafeEqual, createHash } from 'node:crypto'

export const SESSION_COOKIE = 'doorman_session'

export type SessionLimits = {
  /** A session not used for this long is over (default 30 minutes). */
  idleMs?: number
  /** No session lives longer than this, however busy (default 12 hours). */
  absoluteMs?: number
  now?: () => number
}

type Session = { createdAt: number; lastSeen: number }

/** In-memory sessions: a restart logs everyone out, which is acceptable for a single-process dashboard. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>()
  private readonly idleMs: number
  private readonly absoluteMs: number
  private readonly now: () => number

  constructor(limits: SessionLimits = {}) {
    this.idleMs = limits.idleMs ?? 30 * 60_000
    this.absoluteMs = limits.absoluteMs ?? 12 * 60 * 60_000
    this.now = limits.now ?? Date.now
  }

  create(): string {
    this.sweep()
    const token = randomBytes(32).toString('base64url')
    const now = this.now()
    this.sessions.set(token, { createdAt: now, lastSeen: now })
    return token
  }

  /** True for a live session, which this use keeps alive for another idle period. */
  touch(token: string | undefined): boolean {
    if (!token) return false
    const session = this.sessions.get(token)
    if (!session) return false
    const now = this.now()
    if (this.expired(session, now)) {
      this.sessions.delete(token)
      return false
    }
    session.lastSeen = now
    return true
  }

  revoke(token: string | undefined): void {
    if (token) this.sessions.delete(token)
  }

  /** Forgets every expired session; called on each sign-in and by the server's timer. */
  sweep(): void {
    const now = this.now()
    for (const [token, session] of this.sessions) {
      if (this.expired(session, now)) this.sessions.delete(token)
    }
  }

  get size(): number {
    return this.sessions.size
  }

  private expired(session: Session, now: number): boolean {
    return now - session.lastSeen > this.idleMs || now - session.createdAt > this.absoluteMs
  }
}

/** Constant-time comparison so the password cannot be guessed from response timing. */
export function passwordMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}
