import { randomBytes, timingSafeEqual, createHash } from 'node:crypto'

export const SESSION_COOKIE = 'doorman_session'
const SESSION_TTL_MS = 12 * 60 * 60 * 1000

/** In-memory sessions: a restart logs everyone out, which is acceptable for a single-process dashboard. */
export class SessionStore {
  private readonly sessions = new Map<string, number>()

  create(): string {
    const token = randomBytes(32).toString('base64url')
    this.sessions.set(token, Date.now() + SESSION_TTL_MS)
    return token
  }

  isValid(token: string | undefined): boolean {
    if (!token) return false
    const expires = this.sessions.get(token)
    if (expires === undefined) return false
    if (expires < Date.now()) {
      this.sessions.delete(token)
      return false
    }
    return true
  }

  revoke(token: string | undefined): void {
    if (token) this.sessions.delete(token)
  }
}

/** Constant-time comparison so the password cannot be guessed from response timing. */
export function passwordMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}
