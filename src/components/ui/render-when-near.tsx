import { useRef } from 'react'
import { useNearViewport } from '@/lib/use-near-viewport'
import { HeldRoom, type DrawnLaterProps } from './held-room'

/**
 * Renders `children` once this spot comes within about a screen of the viewport, and keeps them
 * from then on. Until then it holds `placeholderHeight` of room, so the page below does not
 * jump. For heavy parts below the fold (a table that measures its rows) that need not cost
 * anything while the top of the page loads.
 */
export function RenderWhenNear({ children, placeholderHeight, label }: DrawnLaterProps) {
  const ref = useRef<HTMLDivElement>(null)
  const near = useNearViewport(ref, { margin: '600px', once: true })
  if (near) return <>{children}</>
  return <HeldRoom ref={ref} height={placeholderHeight} label={label} />
}
