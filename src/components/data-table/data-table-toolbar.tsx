import type { ReactNode } from 'react'
import type { RowData } from '@tanstack/react-table'
import { X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { SearchInput } from './search-input'
import type { DataTable, DataTableState } from './use-data-table'

/**
 * Search box, facet filters (children), "Reset filters" and the "Showing N of M" count.
 * Writes go through `onStateChange` so the caller's state (e.g. the URL) stays the source of truth.
 */
export function DataTableToolbar<TData extends RowData>({
  table,
  state,
  onStateChange,
  searchLabel,
  searchPlaceholder,
  itemNoun = 'rows',
  children,
  actions,
  incomplete = false,
}: {
  table: DataTable<TData>
  state: DataTableState
  onStateChange: (next: DataTableState) => void
  searchLabel: string
  searchPlaceholder?: string
  /** Plural noun for the count, e.g. "devices". */
  itemNoun?: string
  /** Facet filters. */
  children?: ReactNode
  /** Extra controls on the right (e.g. an export button). */
  actions?: ReactNode
  /** More rows are still loading, so the total is only what has arrived so far. */
  incomplete?: boolean
}) {
  const filtered = state.globalFilter.trim() !== '' || state.columnFilters.length > 0
  const shown = table.getRowModel().rows.length
  const total = table.getCoreRowModel().rows.length

  return (
    <div className="mb-3 flex flex-col gap-3">
      <div role="search" aria-label={searchLabel} className="flex flex-wrap items-center gap-2">
        <SearchInput
          value={state.globalFilter}
          onChange={(globalFilter) => onStateChange({ ...state, globalFilter })}
          label={searchLabel}
          placeholder={searchPlaceholder}
        />
        {children}
        {filtered ? (
          <Button
            size="sm"
            variant="ghost"
            className="h-9"
            onClick={() => onStateChange({ ...state, columnFilters: [], globalFilter: '' })}
          >
            <X aria-hidden="true" className="size-4" />
            Reset filters
          </Button>
        ) : null}
        {actions ? <div className="ml-auto flex items-center gap-2">{actions}</div> : null}
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-600">
        Showing <span className="font-medium text-slate-900 tabular-nums">{shown}</span> of{' '}
        <span className="tabular-nums">{total}</span> {itemNoun}
        {incomplete ? ' loaded so far' : null}
      </p>
    </div>
  )
}
