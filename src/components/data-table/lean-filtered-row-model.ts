import {
  createFilteredRowModel,
  type RowData,
  type RowModel,
  type Table,
  type TableFeatures,
} from '@tanstack/react-table'

/**
 * The stock filtered row model, except that with no filter and no search it hands back the rows
 * untouched. The stock one then gives every row two new `Object.create(null)` maps for filter
 * results on every data change: 20,000 dictionaries (about 1.8 MB) for a 10,000-row table,
 * rebuilt whenever a poll tick changes a code. The maps are only read while filtering, which
 * resets them first, so skipping the reset when nothing filters changes no result.
 */
export function createLeanFilteredRowModel<
  TFeatures extends TableFeatures,
  TData extends RowData,
>() {
  const stock = createFilteredRowModel<TFeatures, TData>()
  return (table: Table<TFeatures, TData>): (() => RowModel<TFeatures, TData>) => {
    const filtered = stock(table)
    return () => {
      const state = table.atoms as {
        columnFilters?: { get(): readonly unknown[] | undefined }
        globalFilter?: { get(): unknown }
      }
      const global = state.globalFilter?.get()
      const filtering =
        (state.columnFilters?.get()?.length ?? 0) > 0 ||
        (global !== undefined && global !== null && global !== '')
      return filtering ? filtered() : table.getPreFilteredRowModel()
    }
  }
}
