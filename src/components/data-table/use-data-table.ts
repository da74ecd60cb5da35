import { useMemo } from 'react'
import {
  columnFacetingFeature,
  columnFilteringFeature,
  constructFilterFn,
  createColumnHelper,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createSortedRowModel,
  functionalUpdate,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnFiltersState,
  type ReactTable,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table'
import { createLeanFilteredRowModel } from './lean-filtered-row-model'
import { createReusingCoreRowModel } from './reusing-core-row-model'

type FacetColumn<TData> = {
  id: string
  columnDef: { meta?: { facetValue?: (row: TData) => string } | undefined }
}
type FacetRow<TData> = { original: TData; getValue: (columnId: string) => unknown }

/** The value a facet filter groups a row by: `meta.facetValue`, else the cell value as text. */
export function facetValueOf<TData>(column: FacetColumn<TData>, row: FacetRow<TData>): string {
  const derive = column.columnDef.meta?.facetValue
  if (derive) return derive(row.original)
  const value: unknown = row.getValue(column.id)
  return value === undefined || value === null ? '' : String(value)
}

/** Keeps rows whose facet value is one of the selected values (a `string[]` filter value). */
const facetFilterFn = constructFilterFn({
  filter: (_value: unknown, selected: string[], row, columnId) => {
    const column = row.table.getColumn(columnId)
    if (!column) return true
    return selected.includes(facetValueOf(column, row))
  },
  autoRemove: (selected: unknown) => !Array.isArray(selected) || selected.length === 0,
})

/**
 * Case-insensitive text search over every column that allows global filtering: `meta.searchValue`
 * when the column has one, else the cell value when it is a string or number.
 */
const searchFilterFn = constructFilterFn({
  filter: (value: unknown, query: string, row, columnId) => {
    const searchValue = row.table.getColumn(columnId)?.columnDef.meta?.searchValue
    const text = searchValue
      ? searchValue(row.original)
      : typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : ''
    return text.toLowerCase().includes(query)
  },
  resolveFilterValue: (query: unknown) =>
    String(query ?? '')
      .trim()
      .toLowerCase(),
  autoRemove: (query: unknown) => String(query ?? '').trim() === '',
})

/** The one feature set every Doorman table uses (module scope, so it is stable). */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnFacetingFeature,
  coreRowModel: createReusingCoreRowModel(),
  filteredRowModel: createLeanFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  sortFns: {
    alphanumeric: sortFn_alphanumeric,
    basic: sortFn_basic,
    datetime: sortFn_datetime,
    text: sortFn_text,
  },
  filterFns: { facet: facetFilterFn, search: searchFilterFn },
})
export type DataTableFeatures = typeof dataTableFeatures
export type DataTableColumnDef<TData extends RowData> = ColumnDef<DataTableFeatures, TData, unknown>
export type DataTable<TData extends RowData> = ReactTable<DataTableFeatures, TData>

/** Typed column helper for a row type: `const col = dataTableColumnHelper<Device>()`. */
export const dataTableColumnHelper = <TData extends RowData>() =>
  createColumnHelper<DataTableFeatures, TData>()

/**
 * Everything the user can change about a table's view. It is CONTROLLED by the caller, so a route
 * can keep it in the URL: pass the current value and apply the next one in `onStateChange`.
 * Facet filter values are `string[]`; the global filter is the search text.
 */
export type DataTableState = {
  sorting: SortingState
  columnFilters: ColumnFiltersState
  globalFilter: string
}

export const emptyDataTableState: DataTableState = {
  sorting: [],
  columnFilters: [],
  globalFilter: '',
}

export type UseDataTableOptions<TData extends RowData> = {
  data: readonly TData[]
  columns: ReadonlyArray<ColumnDef<DataTableFeatures, TData, unknown>>
  state: DataTableState
  onStateChange: (next: DataTableState) => void
  getRowId: (row: TData, index: number) => string
}

/**
 * Creates the table for the shared parts (`VirtualDataTable`, `DataTableToolbar`, `FacetFilter`).
 * Sorting, filtering and search are applied client-side; nothing resets when `data` changes, so a
 * background refetch never jumps the view.
 */
export function useDataTable<TData extends RowData>({
  data,
  columns,
  state,
  onStateChange,
  getRowId,
}: UseDataTableOptions<TData>): DataTable<TData> {
  const controlled = useMemo(
    () => ({
      sorting: state.sorting,
      columnFilters: state.columnFilters,
      globalFilter: state.globalFilter,
    }),
    [state.sorting, state.columnFilters, state.globalFilter],
  )
  const update =
    <K extends keyof DataTableState>(key: K) =>
    (updater: Updater<DataTableState[K]>) =>
      onStateChange({ ...state, [key]: functionalUpdate(updater, state[key]) })

  return useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    state: controlled,
    onSortingChange: update('sorting'),
    onColumnFiltersChange: update('columnFilters'),
    onGlobalFilterChange: update('globalFilter'),
    globalFilterFn: 'search',
    autoResetAll: false,
    enableSortingRemoval: true,
    // First click sorts ascending for every column (numbers would otherwise start descending).
    sortDescFirst: false,
  })
}

/** Reads a facet filter's selected values from controlled state. */
export function facetSelection(state: DataTableState, columnId: string): string[] {
  const value = state.columnFilters.find((f) => f.id === columnId)?.value
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Returns `state` with a facet filter's selection replaced (removed when empty). */
export function withFacetSelection(
  state: DataTableState,
  columnId: string,
  selected: string[],
): DataTableState {
  const others = state.columnFilters.filter((f) => f.id !== columnId)
  return {
    ...state,
    columnFilters: selected.length > 0 ? [...others, { id: columnId, value: selected }] : others,
  }
}
