import type { ReactNode } from 'react'
import { Panel, PanelHeader } from './panel'

/** A panel with an optional h2 title (and actions beside it) over a padded body. */
export function Card({
  title,
  actions,
  children,
  className,
}: {
  title?: ReactNode
  actions?: ReactNode
  children: ReactNode
  className?: string
}) {
  return (
    <Panel className={className}>
      {title ? (
        <PanelHeader className="flex items-center justify-between gap-2">
          <h2 className="text-base font-semibold text-slate-900">{title}</h2>
          {actions}
        </PanelHeader>
      ) : null}
      <div className="p-4">{children}</div>
    </Panel>
  )
}
