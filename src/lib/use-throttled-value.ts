import { useEffect, useRef, useState } from 'react'

/**
 * `value`, but changing at most once per `intervalMs` (the latest value always lands). With
 * `live` it is passed straight through. For data that streams in piece by piece (250 locks'
 * code lists) where each new value costs a full rebuild of a large view.
 */
export function useThrottledValue<T>(value: T, intervalMs: number, live = false): T {
  const [shown, setShown] = useState(value)
  const lastShownAt = useRef(-Infinity)
  useEffect(() => {
    if (live || Object.is(value, shown)) return
    const wait = Math.max(0, lastShownAt.current + intervalMs - performance.now())
    const id = window.setTimeout(() => {
      lastShownAt.current = performance.now()
      setShown(value)
    }, wait)
    return () => window.clearTimeout(id)
  }, [value, shown, intervalMs, live])
  return live ? value : shown
}
