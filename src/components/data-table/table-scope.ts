import type { DataTableState } from './use-data-table'

/**
 * The table's view in words, for an export's audit entry: its search, facet filters and sort,
 * e.g. `search "guest"; status: set, setting; sort: name asc`, or `all rows` with none.
 */
export function describeTableView(state: DataTableState): string {
  const parts: string[] = []
  const search = state.globalFilter.trim()
  if (search) parts.push(`search "${search}"`)
  for (const filter of state.columnFilters) {
    const value = Array.isArray(filter.value) ? filter.value.join(', ') : String(filter.value)
    parts.push(`${filter.id}: ${value}`)
  }
  const sort = state.sorting.map((s) => `${s.id} ${s.desc ? 'desc' : 'asc'}`).join(', ')
  const filtered = parts.length > 0
  if (sort) parts.push(`sort: ${sort}`)
  return `${filtered ? '' : 'all rows; '}${parts.join('; ')}`.replace(/; $/, '')
}
