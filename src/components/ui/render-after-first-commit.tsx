import { useDeferredValue, type ReactNode } from 'react'

/**
 * Renders `children` in a render of their own, after the page's first commit with them, holding
 * `placeholderHeight` of room meanwhile so nothing below jumps. For secondary panels beside a
 * table (a lock's schedule, unmanaged codes, events): their render no longer delays the table's
 * first rows (issue #19). React renders the deferred pass at once, but in a new task it can
 * interrupt, so the browser may paint the rows first.
 */
export function RenderAfterFirstCommit({
  children,
  placeholderHeight,
  label,
}: {
  children: ReactNode
  placeholderHeight: number
  /** Said while the part is not drawn yet. */
  label: string
}) {
  // `false` on the first render; React then re-renders with `true` at a background priority.
  const ready = useDeferredValue(true, false)
  if (ready) return <>{children}</>
  return (
    <div style={{ minHeight: placeholderHeight }} aria-busy="true">
      <span className="sr-only">{label}</span>
    </div>
  )
}
