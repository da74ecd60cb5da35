import { useRef, type ReactNode } from 'react'
import { useNearViewport } from '@/lib/use-near-viewport'

/**
 * Renders `children` once this spot comes within about a screen of the viewport, and keeps them
 * from then on. Until then it holds `placeholderHeight` of room, so the page below does not
 * jump. For heavy parts below the fold (a table that measures its rows) that need not cost
 * anything while the top of the page loads.
 */
export function RenderWhenNear({
  children,
  placeholderHeight,
  label,
}: {
  children: ReactNode
  placeholderHeight: number
  /** Said while the part is not drawn yet. */
  label: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  const near = useNearViewport(ref, { margin: '600px', once: true })
  if (near) return <>{children}</>
  return (
    <div ref={ref} style={{ minHeight: placeholderHeight }} aria-busy="true">
      <span className="sr-only">{label}</span>
    </div>
  )
}
