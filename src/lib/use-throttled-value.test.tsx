import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { useThrottledValue } from './use-throttled-value'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('useThrottledValue', () => {
  it('shows the first value at once, then at most one change per interval, ending on the latest', () => {
    const { result, rerender } = renderHook(({ v }) => useThrottledValue(v, 500), {
      initialProps: { v: 0 },
    })
    act(() => vi.advanceTimersByTime(0))
    expect(result.current).toBe(0)
    rerender({ v: 1 })
    act(() => vi.advanceTimersByTime(0))
    expect(result.current).toBe(1)
    rerender({ v: 2 })
    act(() => vi.advanceTimersByTime(100))
    rerender({ v: 3 })
    act(() => vi.advanceTimersByTime(100))
    expect(result.current).toBe(1)
    act(() => vi.advanceTimersByTime(300))
    expect(result.current).toBe(3)
  })

  it('passes values straight through while live', () => {
    const { result, rerender } = renderHook(({ v, live }) => useThrottledValue(v, 500, live), {
      initialProps: { v: 'a', live: true },
    })
    rerender({ v: 'b', live: true })
    expect(result.current).toBe('b')
  })

  it('resumes throttling from the last live value, never from an older one', () => {
    const { result, rerender } = renderHook(({ v, live }) => useThrottledValue(v, 500, live), {
      initialProps: { v: 'empty', live: true },
    })
    rerender({ v: 'first lock', live: true })
    expect(result.current).toBe('first lock')
    // Throttling starts: the first change after a quiet interval shows in the same render.
    rerender({ v: 'two locks', live: false })
    expect(result.current).toBe('two locks')
    rerender({ v: 'three locks', live: false })
    expect(result.current).toBe('two locks')
    act(() => vi.advanceTimersByTime(500))
    expect(result.current).toBe('three locks')
  })
})
