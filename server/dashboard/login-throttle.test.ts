// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { LoginThrottle } from './login-throttle'

describe('the login throttle under a flood of addresses', () => {
  it('keeps at most maxKeys entries, dropping the longest-quiet first', () => {
    let now = 0
    const throttle = new LoginThrottle({ now: () => now, maxKeys: 100 })
    for (let i = 0; i < 1000; i++) {
      now += 1
      throttle.recordFailure([`address:${i}`])
    }
    expect(throttle.size).toBe(100)
    expect(throttle.retryAfterMs(['address:999'])).toBe(0)
    for (let i = 0; i < 4; i++) throttle.recordFailure(['address:999'])
    expect(throttle.retryAfterMs(['address:999'])).toBe(60_000)
  })
})
