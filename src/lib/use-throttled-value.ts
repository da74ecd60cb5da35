import { useEffect, useState } from 'react'

/**
 * `value`, but changing at most once per `intervalMs`: a change after a quiet interval shows in
 * the same render, later ones wait for the interval and then show the latest value. With `live`
 * every value is shown at once (and counts as shown, so throttling later resumes from it, never
 * from an older value). For data that streams in piece by piece (250 locks' code lists) where
 * each new value costs a full rebuild of a large view.
 */
export function useThrottledValue<T>(value: T, intervalMs: number, live = false): T {
  const [shown, setShown] = useState(value)
  // False for `intervalMs` after a throttled value lands.
  const [open, setOpen] = useState(true)
  const showNow = !Object.is(value, shown) && (live || open)
  // Derived state, updated while rendering (React re-renders before committing): the rows of the
  // first lock to answer appear with its answer, not a timer round trip later.
  if (showNow) {
    setShown(value)
    if (!live) setOpen(false)
  }
  useEffect(() => {
    if (open) return
    const id = window.setTimeout(() => setOpen(true), intervalMs)
    return () => window.clearTimeout(id)
  }, [open, intervalMs])
  return showNow ? value : shown
}
