// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { SessionStore } from './session'
import { LoginThrottle } from './login-throttle'

const MINUTE = 60_000

function clock() {
  let now = 0
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('sessions', () => {
  it('end after 30 idle minutes, and each use keeps them alive', () => {
    const time = clock()
    const sessions = new SessionStore({ now: time.now })
    const token = sessions.create()
    time.advance(29 * MINUTE)
    expect(sessions.touch(token)).toBe(true)
    time.advance(29 * MINUTE)
    expect(sessions.touch(token)).toBe(true)
    time.advance(30 * MINUTE + 1)
    expect(sessions.touch(token)).toBe(false)
  })

  it('end after 12 hours however busy, and the idle limit is configurable', () => {
    const time = clock()
    const sessions = new SessionStore({ now: time.now, idleMs: 5 * MINUTE })
    const token = sessions.create()
    for (let elapsed = 4; elapsed <= 12 * 60; elapsed += 4) {
      time.advance(4 * MINUTE) // busy: never idle for 5 minutes
      expect(sessions.touch(token)).toBe(true)
    }
    time.advance(4 * MINUTE)
    expect(sessions.touch(token)).toBe(false)
    const other = sessions.create()
    time.advance(5 * MINUTE + 1)
    expect(sessions.touch(other)).toBe(false)
  })

  it('are forgotten by the sweep once expired, and by logout at once', () => {
    const time = clock()
    const sessions = new SessionStore({ now: time.now })
    const a = sessions.create()
    time.advance(20 * MINUTE)
    sessions.create()
    time.advance(11 * MINUTE)
    sessions.sweep()
    expect(sessions.size).toBe(1)
    expect(sessions.touch(a)).toBe(false)
    const b = sessions.create()
    sessions.revoke(b)
    expect(sessions.touch(b)).toBe(false)
  })
})

describe('the login throttle under a flood of addresses', () => {
  it('keeps at most maxKeys entries, dropping the longest-quiet first', () => {
    const time = clock()
    const throttle = new LoginThrottle({ now: time.now, maxKeys: 100 })
    for (let i = 0; i < 1000; i++) throttle.recordFailure([`address:${i}`])
    expect(throttle.size).toBe(100)
    expect(throttle.retryAfterMs(['address:999'])).toBe(0)
    for (let i = 0; i < 4; i++) throttle.recordFailure(['address:999'])
    expect(throttle.retryAfterMs(['address:999'])).toBe(MINUTE)
  })
})
