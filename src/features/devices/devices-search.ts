import { z } from 'zod'
import type { DataTableState } from '@/components/data-table/use-data-table'

/** Columns the devices table can be sorted by (also the URL's `sort` values). */
export const DEVICE_SORT_COLUMNS = [
  'name',
  'manufacturer',
  'online',
  'battery',
  'lock',
  'codes',
  'issues',
] as const
export const ONLINE_VALUES = ['online', 'offline'] as const
export const ISSUE_VALUES = ['errors', 'warnings', 'none'] as const

// The router parses `?q=123` as a number; accept it back as text rather than dropping it.
const text = z
  .union([z.string(), z.number(), z.boolean()])
  .transform(String)
  .optional()
  .catch(undefined)

/**
 * The devices page's view, in the URL so it can be shared and survives reload:
 * `?q=lobby&sort=battery&dir=asc&online=offline&manufacturer=august,yale&issues=errors`.
 * Bad values fall back to "not set" rather than an error page.
 */
export const devicesSearchSchema = z.object({
  q: text,
  sort: z.enum(DEVICE_SORT_COLUMNS).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  online: text,
  manufacturer: text,
  issues: text,
})
export type DevicesSearch = z.infer<typeof devicesSearchSchema>

const FACETS = ['online', 'manufacturer', 'issues'] as const
const allowed: Record<(typeof FACETS)[number], readonly string[] | undefined> = {
  online: ONLINE_VALUES,
  manufacturer: undefined,
  issues: ISSUE_VALUES,
}

const splitList = (value: string | undefined, known: readonly string[] | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '' && (!known || known.includes(v)))

export function devicesSearchToTableState(search: DevicesSearch): DataTableState {
  const columnFilters = FACETS.flatMap((id) => {
    const value = splitList(search[id], allowed[id])
    return value.length > 0 ? [{ id, value }] : []
  })
  return {
    globalFilter: search.q ?? '',
    sorting: search.sort ? [{ id: search.sort, desc: search.dir === 'desc' }] : [],
    columnFilters,
  }
}

export function tableStateToDevicesSearch(state: DataTableState): DevicesSearch {
  const facet = (id: string) => {
    const value = state.columnFilters.find((f) => f.id === id)?.value
    const list = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []
    return list.length > 0 ? list.join(',') : undefined
  }
  const sort = state.sorting[0]
  const sortId = DEVICE_SORT_COLUMNS.find((c) => c === sort?.id)
  return {
    q: state.globalFilter.trim() === '' ? undefined : state.globalFilter,
    sort: sortId,
    dir: sortId ? (sort?.desc ? 'desc' : 'asc') : undefined,
    online: facet('online'),
    manufacturer: facet('manufacturer'),
    issues: facet('issues'),
  }
}
