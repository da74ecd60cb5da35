import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint } from './after-next-paint'

let frames: FrameRequestCallback[]
beforeEach(() => {
  vi.useFakeTimers()
  frames = []
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb))
})
afterEach(() => {
  vi.useRealTimers()
})

const settled = (p: Promise<void>) => {
  const state = { done: false }
  void p.then(() => (state.done = true))
  return state
}

describe('afterNextPaint', () => {
  it('waits for a frame and the task after it, not for the fallback', async () => {
    const state = settled(afterNextPaint(100))
    await vi.advanceTimersByTimeAsync(50)
    expect(state.done).toBe(false) // no frame yet
    for (const frame of frames.splice(0)) frame(0)
    await Promise.resolve() // microtasks run; timers do not
    expect(state.done).toBe(false) // the paint comes after the frame's callbacks
    await vi.advanceTimersByTimeAsync(0)
    expect(state.done).toBe(true)
  })

  it('resolves after the fallback when no frame comes (a tab in the background)', async () => {
    const state = settled(afterNextPaint(100))
    await vi.advanceTimersByTimeAsync(99)
    expect(state.done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(state.done).toBe(true)
  })
})
