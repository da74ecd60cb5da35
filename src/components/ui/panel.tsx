import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'

/**
 * The white, bordered frame every page section sits in (a lock's history, a property, a triage
 * group, the timeline…), named by its heading for screen readers. `className` adds layout
 * (e.g. `flex flex-col`); the frame's own look stays here so all panels stay alike.
 */
export function Panel({
  as: Tag = 'section',
  headingId,
  className,
  'aria-busy': ariaBusy,
  children,
}: {
  /** `article` for a self-contained item in a list of them (a triage group). */
  as?: 'section' | 'article'
  /** The id of the heading inside that names the panel. */
  headingId?: string
  className?: string
  'aria-busy'?: boolean
  children: ReactNode
}) {
  return (
    <Tag
      aria-labelledby={headingId}
      aria-busy={ariaBusy}
      className={cn(className, 'rounded-xl border border-slate-200 bg-white shadow-sm')}
    >
      {children}
    </Tag>
  )
}

/** The panel's top bar, ruled off from its body; `className` lays out what it holds. */
export function PanelHeader({
  as: Tag = 'div',
  className,
  children,
}: {
  as?: 'div' | 'header'
  className?: string
  children: ReactNode
}) {
  return <Tag className={cn(className, 'border-b border-slate-200 px-4 py-3')}>{children}</Tag>
}
