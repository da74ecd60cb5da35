/**
 * VirtualDataTable: a real, accessible <table> whose body is virtualized, so 10,000 rows stay smooth.
 *
 * Usage (state is CONTROLLED by the caller, typically a route holding it in the URL):
 *
 *   const col = dataTableColumnHelper<Device>()
 *   const columns = col.columns([
 *     col.accessor((d) => d.display_name, { id: 'name', header: 'Name', meta: { width: '14rem' } }),
 *     col.accessor((d) => d.properties.manufacturer ?? '', {
 *       id: 'manufacturer', header: 'Manufacturer', filterFn: 'facet', enableGlobalFilter: false,
 *     }),
 *   ])                                                           // module scope or useMemo
 *   const table = useDataTable({ data, columns, state, onStateChange, getRowId: (d) => d.device_id })
 *   return (
 *     <>
 *       <DataTableToolbar table={table} state={state} onStateChange={onStateChange}
 *         searchLabel="Search devices" itemNoun="devices">
 *         <FacetFilter column={table.getColumn('manufacturer')!} title="Manufacturer" />
 *       </DataTableToolbar>
 *       <VirtualDataTable table={table} caption="Devices" emptyState={<p>No devices yet</p>} />
 *     </>
 *   )
 *
 * Facet columns use `filterFn: 'facet'` (filter value: string[]); `meta.facetValue` groups by a
 * derived value. Text search matches string/number cell values of columns that allow global
 * filtering. Rows render inside one scroll container with a sticky header; off-screen rows are
 * replaced by two spacer rows (the padding-row technique), so the markup stays a valid table.
 * `performance.mark('table:first-rows')` is set once the first non-empty rows render.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual'
import type { RowData } from '@tanstack/react-table'
import { Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { DataRow, DataTableHead } from './data-table-parts'
import { FlickAwareRange } from './flick-aware-range'
import { RowSlots } from './row-slots'
import type { DataTable } from './use-data-table'

export type VirtualDataTableProps<TData extends RowData> = {
  table: DataTable<TData>
  /** The table's accessible name (rendered as a visually hidden <caption>). */
  caption: string
  /** Shows skeleton rows instead of data. */
  loading?: boolean
  /** Shown when there is no data at all. */
  emptyState?: ReactNode
  /** Shown when data exists but the filters hide every row. */
  noResultsState?: ReactNode
  /** Extra classes per data row (e.g. to dim a row). */
  rowClassName?: (row: TData) => string | undefined
  /** Estimated row height in px, before measurement. */
  estimateRowHeight?: number
  /**
   * A fixed height (px) for every data row: rows are then never measured (measuring re-lays out
   * every row after the measured one, which on 10,000 rows made each scroll step a long task),
   * and on a jump their elements are recycled: the rows scrolled in take over the <tr>s and
   * cells of the rows scrolled out, which React patches instead of building anew. Cells must fit
   * the height (truncate or clamp text). Only the cells of columns marked `meta.stateless` are
   * handed to another row; every other cell is keyed by its row's id, so state kept in a cell
   * (an open menu, a revealed PIN) can never pass to the row that takes over its <tr>.
   */
  rowHeight?: number
  /** Max height of the scroll container (CSS). */
  maxHeight?: string
  /** Min width of the table (CSS); narrower screens scroll horizontally inside the container. */
  minWidth?: string
  /** The performance mark set once real rows first render. */
  firstRowsMark?: string
  className?: string
}

/** A 1440 × 900 window's table box (the page's chrome above it), in px. */
const FIRST_RENDER_RECT = { width: 1200, height: 640 }
const NO_ITEMS: VirtualItem[] = []

export function VirtualDataTable<TData extends RowData>({
  table,
  caption,
  loading = false,
  emptyState,
  noResultsState,
  rowClassName,
  estimateRowHeight = 52,
  rowHeight,
  maxHeight = 'max(24rem, calc(100dvh - 16rem))',
  minWidth = '56rem',
  firstRowsMark = 'table:first-rows',
  className,
}: VirtualDataTableProps<TData>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  const totalRows = table.getCoreRowModel().rows.length
  const leafColumns = table.getAllLeafColumns()
  const columnCount = leafColumns.length
  // What the header shows besides the columns; it is memoised on this, so a scroll step (which
  // re-renders this component) does not rebuild the header's buttons and icons.
  const sortKey = leafColumns.map((c) => c.getIsSorted() || '-').join()

  // Stable callbacks: the virtualizer re-measures every row whenever these change identity,
  // which on 10,000 rows turned each scroll step into a long task.
  const getRowKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  // With a fixed row height nothing is measured, so keys are irrelevant to the virtualizer; an
  // index key that never changes spares it re-laying out every row each time the data changes.
  const getIndexKey = useCallback((index: number) => index, [])
  const getItemKey = rowHeight === undefined ? getRowKey : getIndexKey
  const estimateSize = useCallback(
    () => rowHeight ?? estimateRowHeight,
    [rowHeight, estimateRowHeight],
  )
  const getScrollElement = useCallback(() => scrollRef.current, [])
  // Overscan rows, but not for a flick while scrolling (see flick-aware-range.ts). A new
  // extractor when scrolling starts or stops makes the virtualizer re-extract its range. It
  // compares with the rows of the last commit, which a layout effect below records.
  const [flickRange] = useState(() => new FlickAwareRange())
  const [scrolling, setScrolling] = useState(false)
  const rangeExtractor = useCallback(
    (range: Range) => flickRange.extract(range, scrolling),
    [flickRange, scrolling],
  )

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer returns fresh values each render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    // Few extra rows: a fast scroll renders every row anew, so each one costs.
    overscan: 3,
    // Until the scroll box is measured (a server render; the browser's first render) lay rows out
    // for a common screen, so the first HTML and the first commit already hold rows.
    initialRect: FIRST_RENDER_RECT,
    rangeExtractor,
    onChange: (instance) => setScrolling(instance.isScrolling),
    // Render scrolled-in rows in their own task rather than inside the scroll event: the frame
    // that paints them then carries only style, layout and paint. With flushSync one task held
    // all of it (~35 ms a step on 2 cores, often over 50 ms); a fast flick may show one blank frame.
    useFlushSync: false,
  })

  const showRows = !loading && rows.length > 0
  const marked = useRef(false)
  useEffect(() => {
    if (showRows && !marked.current) {
      marked.current = true
      performance.mark(firstRowsMark)
    }
  }, [showRows, firstRowsMark])

  const items = showRows ? virtualizer.getVirtualItems() : NO_ITEMS
  const first = items[0]
  const last = items[items.length - 1]
  // Render reads what the last commit recorded and writes nothing: a render React throws away
  // (concurrent rendering, Strict Mode's second call) leaves both records as they were.
  useLayoutEffect(() => {
    flickRange.commit(first?.index ?? null, last?.index ?? null)
  }, [flickRange, first?.index, last?.index])
  // Row keys that let a jump reuse every <tr> (see `rowHeight` and row-slots.ts).
  const [rowSlots] = useState(() => new RowSlots())
  const slots = useMemo(
    () =>
      rowHeight === undefined
        ? null
        : rowSlots.plan(items.map((item) => rows[item.index]?.id ?? `#${item.index}`)),
    [rowSlots, rowHeight, items, rows],
  )
  useLayoutEffect(() => {
    if (slots) rowSlots.commit(slots)
  }, [rowSlots, slots])
  const paddingTop = first ? first.start : 0
  const paddingBottom = last ? virtualizer.getTotalSize() - last.end : 0

  const fullWidth = (content: ReactNode, key: string) => (
    <tr key={key}>
      <td colSpan={columnCount} className="px-4 py-10 text-center text-sm text-slate-600">
        {content}
      </td>
    </tr>
  )

  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label={caption}
      // Keyboard users must be able to scroll the region.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className={cn(
        'relative overflow-auto rounded-xl border border-slate-200 bg-white shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600',
        className,
      )}
      style={{ maxHeight }}
    >
      <table
        className="w-full table-fixed border-separate border-spacing-0 text-sm"
        style={{ minWidth }}
        aria-rowcount={showRows ? rows.length + 1 : undefined}
      >
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          {leafColumns.map((column) => (
            <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <DataTableHead table={table} groups={table.getHeaderGroups()} sortKey={sortKey} />
        <tbody>
          {loading ? (
            Array.from({ length: 8 }, (_, i) => (
              <tr key={`skeleton-${i}`}>
                <td colSpan={columnCount} className="border-b border-slate-100 px-3 py-3">
                  {i === 0 ? (
                    <span role="status" className="sr-only">
                      Loading…
                    </span>
                  ) : null}
                  <Skeleton className="h-5 w-full" />
                </td>
              </tr>
            ))
          ) : totalRows === 0 ? (
            fullWidth(emptyState ?? 'Nothing here yet.', 'empty')
          ) : rows.length === 0 ? (
            fullWidth(noResultsState ?? 'No rows match the current filters.', 'no-results')
          ) : (
            <>
              {paddingTop > 0 ? (
                <tr aria-hidden="true">
                  <td colSpan={columnCount} style={{ height: paddingTop, padding: 0 }} />
                </tr>
              ) : null}
              {items.map((item, position) => {
                const row = rows[item.index]
                if (!row) return null
                return (
                  <DataRow
                    key={slots ? `slot-${slots.keys[position]}` : row.id}
                    table={table}
                    row={row}
                    index={item.index}
                    height={rowHeight}
                    measure={rowHeight === undefined ? virtualizer.measureElement : undefined}
                    className={rowClassName?.(row.original)}
                  />
                )
              })}
              {paddingBottom > 0 ? (
                <tr aria-hidden="true">
                  <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0 }} />
                </tr>
              ) : null}
            </>
          )}
        </tbody>
      </table>
    </div>
  )
}
