/**
 * The header and one body row of {@link VirtualDataTable}, each memoised so a scroll step
 * renders only what changed.
 */
import { memo, type ReactNode } from 'react'
import type { Row, RowData } from '@tanstack/react-table'
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import { cn } from '@/lib/cn'
import type { DataTable, DataTableFeatures } from './use-data-table'

const ariaSortFor = (sorted: false | 'asc' | 'desc') =>
  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'

type DataTableHeadProps<TData extends RowData> = {
  table: DataTable<TData>
  /** `table.getHeaderGroups()`: a new array when the columns change. */
  groups: ReturnType<DataTable<TData>['getHeaderGroups']>
  /** Changes whenever a column's sort does; only read by memo. */
  sortKey: string
}

// Memoised: re-rendered when the columns or the sort change, not on every scroll step.
export const DataTableHead = memo(function DataTableHead<TData extends RowData>({
  table,
  groups,
}: DataTableHeadProps<TData>) {
  return (
    <thead className="sticky top-0 z-10 bg-slate-50">
      {groups.map((group) => (
        <tr key={group.id} aria-rowindex={1}>
          {group.headers.map((header) => {
            const column = header.column
            const meta = column.columnDef.meta
            const canSort = column.getCanSort()
            const sorted = column.getIsSorted()
            const SortIcon =
              sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown
            return (
              <th
                key={header.id}
                scope="col"
                colSpan={header.colSpan}
                aria-sort={canSort ? ariaSortFor(sorted) : undefined}
                className={cn(
                  'border-b border-slate-200 px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase',
                  meta?.headerClassName,
                )}
              >
                {header.isPlaceholder ? null : canSort ? (
                  <button
                    type="button"
                    onClick={column.getToggleSortingHandler()}
                    aria-label={meta?.label}
                    className={cn(
                      '-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 uppercase hover:bg-slate-200/70 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600',
                      sorted && 'text-slate-900',
                    )}
                  >
                    <table.FlexRender header={header} />
                    <SortIcon
                      aria-hidden="true"
                      className={cn('size-3.5 shrink-0', !sorted && 'text-slate-400')}
                    />
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </th>
            )
          })}
        </tr>
      ))}
    </thead>
  )
}) as <TData extends RowData>(props: DataTableHeadProps<TData>) => ReactNode

type DataRowProps<TData extends RowData> = {
  table: DataTable<TData>
  row: Row<DataTableFeatures, TData>
  index: number
  height: number | undefined
  measure: ((node: Element | null) => void) | undefined
  className: string | undefined
}

// Memoised: a scroll step renders only the rows that came into view, not every visible row.
// Row objects are stable until the data, sort or filters change.
export const DataRow = memo(function DataRow<TData extends RowData>({
  table,
  row,
  index,
  height,
  measure,
  className,
}: DataRowProps<TData>) {
  return (
    <tr
      data-index={index}
      ref={measure}
      aria-rowindex={index + 2}
      style={height === undefined ? undefined : { height }}
      className={cn('hover:bg-slate-50', className)}
    >
      {row.getAllCells().map((cell) => (
        <td
          key={cell.column.id}
          className={cn(
            'border-b border-slate-100 px-3 py-2.5 align-middle text-slate-800',
            height !== undefined && 'overflow-hidden',
            cell.column.columnDef.meta?.cellClassName,
          )}
        >
          {/* A stateful cell belongs to its row: keyed by the row's id, it is built anew rather
              than handed over when a recycled <tr> starts showing another row. */}
          <table.FlexRender
            key={cell.column.columnDef.meta?.stateless ? undefined : row.id}
            cell={cell}
          />
        </td>
      ))}
    </tr>
  )
}) as <TData extends RowData>(props: DataRowProps<TData>) => ReactNode
