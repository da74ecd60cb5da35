import {
  constructRow,
  makeObjectMap,
  tableMemo,
  type Row,
  type RowData,
  type RowModel,
  type Table,
  type TableFeatures,
} from '@tanstack/react-table'

/**
 * A core row model that keeps the Row object of every item whose `original` (same object) and id
 * did not change, instead of building every Row anew whenever `data` changes.
 *
 * Why: a poll tick that changes three codes hands the table a new 10,000-item array. The stock
 * core row model then builds 10,000 new Rows, each with empty value caches, so sorting and facets
 * recompute every accessor, every memoised table row re-renders its props check with a new `row`,
 * and the old set stays alive until React drops its previous render. Reused Rows keep their cached
 * values; only changed items cost anything. Flat data only (no sub-rows), which is all Doorman has.
 *
 * It leans on TanStack Table's internals (`constructRow`, `tableMemo`, `makeObjectMap`, the
 * `coreRowModelsFeature` memo name and the per-row cache fields below), which may change in any
 * release: that is why package.json pins `@tanstack/react-table` to an exact version. Before
 * upgrading it, run reusing-core-row-model.test.ts and the table tests against the new version.
 */
export function createReusingCoreRowModel<
  TFeatures extends TableFeatures,
  TData extends RowData,
>() {
  return (table: Table<TFeatures, TData>): (() => RowModel<TFeatures, TData>) => {
    let previous = new Map<string, Row<TFeatures, TData>>()
    return tableMemo({
      feature: 'coreRowModelsFeature',
      table,
      fnName: 'table.getCoreRowModel',
      memoDeps: () => [table.options.data],
      fn: () => {
        const data = table.options.data
        const rows: Row<TFeatures, TData>[] = new Array(data.length)
        const rowsById = makeObjectMap<Row<TFeatures, TData>>()
        const next = new Map<string, Row<TFeatures, TData>>()
        for (let i = 0; i < data.length; i++) {
          const original = data[i]!
          const id = table.getRowId(original, i)
          let row = previous.get(id)
          if (row && row.original === original) {
            // Position is only a tie-breaker for sorting; the sorted model is rebuilt anyway.
            row.index = i
          } else {
            row = withPlainObjectCaches(
              constructRow(table, id, original, i, 0, undefined, undefined),
            )
          }
          rows[i] = row
          rowsById[id] = row
          next.set(id, row)
        }
        previous = next
        return { rows, flatRows: rows, rowsById }
      },
    })
  }
}

/** Per-row caches that TanStack Table creates as null-prototype maps. */
const ROW_MAPS = ['_valuesCache', '_uniqueValuesCache', 'columnFilters', 'columnFiltersMeta']

/**
 * Swaps a new Row's empty per-row maps for plain objects. `Object.create(null)` objects start in
 * V8's dictionary mode at about 200 bytes each, a plain `{}` at about 66; with four per row that
 * was over 5 MB of a 10,000-row table, which every major GC then had to mark. The table reads them
 * only by own key (`hasOwn`, or `map[columnId]` for ids it wrote), so a prototype is harmless for
 * Doorman's column ids.
 */
function withPlainObjectCaches<T extends object>(row: T): T {
  const maps = row as Record<string, unknown>
  for (const key of ROW_MAPS) {
    const map = maps[key]
    if (map && typeof map === 'object' && Object.keys(map).length === 0) maps[key] = {}
  }
  return row
}
