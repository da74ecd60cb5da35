import { useDeferredValue } from 'react'
import { HeldRoom, type DrawnLaterProps } from './held-room'

/**
 * Renders `children` in a render of their own, after the page's first commit with them, holding
 * `placeholderHeight` of room meanwhile so nothing below jumps. For secondary panels beside a
 * table (a lock's schedule, unmanaged codes, events): their render no longer delays the table's
 * first rows (issue #19). React renders the deferred pass at once, but in a new task it can
 * interrupt, so the browser may paint the rows first. If that pass suspends (a lazily loaded
 * panel whose code is on its way), React keeps the held room until it can finish: no boundary
 * needed.
 */
export function RenderAfterFirstCommit({ children, placeholderHeight, label }: DrawnLaterProps) {
  // `false` on the first render; React then re-renders with `true` at a background priority.
  const ready = useDeferredValue(true, false)
  if (ready) return <>{children}</>
  return <HeldRoom height={placeholderHeight} label={label} />
}
