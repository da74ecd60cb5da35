import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'

export type TableHeadColumn = {
  /** The header's text; also its key, so it must be unique in the table. */
  label: string
  /** Shown instead of `label` when the header needs more than text (`label` stays its key). */
  content?: ReactNode
  /** Classes for the cell, e.g. `hidden md:table-cell` for a column narrow screens leave out. */
  className?: string
  /** Read by screen readers only (an actions column whose buttons say what they do). */
  visuallyHidden?: boolean
}

/** The header row of a plain (not virtualized) table: one `<th scope="col">` per column. */
export function TableHead({ columns }: { columns: readonly TableHeadColumn[] }) {
  return (
    <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
      <tr>
        {columns.map((column) => (
          <th key={column.label} scope="col" className={cn('px-4 py-2', column.className)}>
            {column.visuallyHidden ? (
              <span className="sr-only">{column.label}</span>
            ) : (
              (column.content ?? column.label)
            )}
          </th>
        ))}
      </tr>
    </thead>
  )
}
