import * as z from 'zod/mini'
import { optionalEnum, searchText } from '@/lib/search-params'
import type { DataTableState } from './use-data-table'

/**
 * A table's view held in the URL: `?q=…&sort=col&dir=asc&<facet>=a,b`. These helpers map that
 * flat search object to the table's state and back, so every table keeps its view the same way.
 */

/** The search keys every table has; facets add one comma-separated key each. */
export type TableSearchBase<Sort extends string> = {
  q?: string | undefined
  sort?: Sort | undefined
  dir?: 'asc' | 'desc' | undefined
}

/** Per facet: the values it accepts, or `undefined` when any value is fine (e.g. ids). */
export type FacetValues<Facet extends string> = Record<Facet, readonly string[] | undefined>

/** The "Issues" facet's values, the same on every table of Seam objects (see issueFacetOptions). */
export const ISSUE_FACET_VALUES = ['errors', 'warnings', 'none'] as const

const splitList = (value: string | undefined, known: readonly string[] | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '' && (!known || known.includes(v)))

export function searchToTableState<Facet extends string, Sort extends string>(
  search: TableSearchBase<Sort> & Partial<Record<Facet, string | undefined>>,
  facets: FacetValues<Facet>,
): DataTableState {
  const columnFilters = (Object.keys(facets) as Facet[]).flatMap((id) => {
    const value = splitList(search[id], facets[id])
    return value.length > 0 ? [{ id, value }] : []
  })
  return {
    globalFilter: search.q ?? '',
    sorting: search.sort ? [{ id: search.sort, desc: search.dir === 'desc' }] : [],
    columnFilters,
  }
}

export function tableStateToSearch<Facet extends string, Sort extends string>(
  state: DataTableState,
  facets: FacetValues<Facet>,
  sortColumns: readonly Sort[],
): TableSearchBase<Sort> & Record<Facet, string | undefined> {
  const facet = (id: string) => {
    const value = state.columnFilters.find((f) => f.id === id)?.value
    const list = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []
    return list.length > 0 ? list.join(',') : undefined
  }
  const sort = state.sorting[0]
  const sortId = sortColumns.find((c) => c === sort?.id)
  const facetValues = Object.fromEntries(
    (Object.keys(facets) as Facet[]).map((id) => [id, facet(id)]),
  ) as Record<Facet, string | undefined>
  return {
    q: state.globalFilter.trim() === '' ? undefined : state.globalFilter,
    sort: sortId,
    dir: sortId ? (sort?.desc ? 'desc' : 'asc') : undefined,
    ...facetValues,
  }
}

/**
 * A table's view in the URL, from its sort columns and its facets (each named once here):
 * `schema`, for the route's `validateSearch` (`q`, `sort` one of `sortColumns`, `dir`, then one
 * text key per facet, whose values are checked when they become filters), and the two
 * conversions between that search object and the table's state.
 */
export function tableSearch<
  const Sort extends readonly [string, ...string[]],
  Facet extends string,
>(sortColumns: Sort, facets: FacetValues<Facet>) {
  const facetKeys = Object.fromEntries(Object.keys(facets).map((id) => [id, searchText]))
  const schema = z.object({
    q: searchText,
    sort: optionalEnum(sortColumns),
    dir: optionalEnum(['asc', 'desc']),
    ...(facetKeys as Record<Facet, typeof searchText>),
  })
  // What `schema` parses to, spelled out: zod cannot infer it while `Facet` is generic.
  type Search = TableSearchBase<Sort[number]> & Record<Facet, string | undefined>
  return {
    schema,
    toTableState: (search: Partial<Search>): DataTableState => searchToTableState(search, facets),
    fromTableState: (state: DataTableState): Search =>
      tableStateToSearch(state, facets, sortColumns),
  }
}
