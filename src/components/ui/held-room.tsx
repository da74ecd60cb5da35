import type { ReactNode, Ref } from 'react'

/**
 * The room a part not drawn yet will take: `height` px, busy, with `label` for screen readers,
 * so the page around it does not jump when it arrives (RenderWhenNear, RenderAfterFirstCommit).
 */
export function HeldRoom({
  height,
  label,
  ref,
}: {
  height: number
  label: string
  ref?: Ref<HTMLDivElement>
}) {
  return (
    <div ref={ref} style={{ minHeight: height }} aria-busy="true">
      <span className="sr-only">{label}</span>
    </div>
  )
}

/** What a part drawn later takes: itself, and the room and words held for it until then. */
export type DrawnLaterProps = {
  children: ReactNode
  placeholderHeight: number
  /** Said while the part is not drawn yet. */
  label: string
}
