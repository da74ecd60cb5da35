import type { FormEvent, ReactNode } from 'react'
import { cn } from '@/lib/cn'

/**
 * The filter panel above a log or list (events, audit, triage): a search landmark named by
 * `label`, on a card, whose fields apply as they change, so submitting (Enter in a field) never
 * reloads the page. `onSubmit` is for a field that applies only when committed (the audit
 * log's free-text "Who"). `className` gives the grid its columns.
 */
export function FilterForm({
  label,
  className,
  onSubmit,
  children,
}: {
  label: string
  className: string
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void
  children: ReactNode
}) {
  return (
    <form
      role="search"
      aria-label={label}
      className={cn(
        'mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4',
        className,
      )}
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit?.(e)
      }}
    >
      {children}
    </form>
  )
}
