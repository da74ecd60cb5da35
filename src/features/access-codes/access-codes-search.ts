import { z } from 'zod'
import { ACCESS_CODE_STATUSES, ACCESS_CODE_TYPES } from '@/api/schemas/access-code'
import type { DataTableState } from '@/components/data-table/use-data-table'

/** Columns the access-codes table can be sorted by (also the URL's `sort` values). */
export const ACCESS_CODE_SORT_COLUMNS = [
  'name',
  'device',
  'type',
  'status',
  'schedule',
  'backup',
  'issues',
] as const
export const ISSUE_FACETS = ['errors', 'warnings', 'none'] as const
export const BACKUP_FACETS = ['available', 'pulled', 'not_eligible'] as const

// The router parses `?q=1234` as a number; accept it back as text rather than dropping it.
const text = z
  .union([z.string(), z.number(), z.boolean()])
  .transform(String)
  .optional()
  .catch(undefined)

/**
 * The access-codes view, in the URL so it can be shared and survives reload:
 * `?q=maria&sort=schedule&dir=asc&status=setting,removing&type=time_bound&device=<id>&issues=errors&backup=available`.
 * Bad values fall back to "not set" rather than an error page.
 */
export const accessCodesSearchSchema = z.object({
  q: text,
  sort: z.enum(ACCESS_CODE_SORT_COLUMNS).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  status: text,
  type: text,
  device: text,
  issues: text,
  backup: text,
})
export type AccessCodesSearch = z.infer<typeof accessCodesSearchSchema>

const FACETS = ['status', 'type', 'device', 'issues', 'backup'] as const
const allowed: Record<(typeof FACETS)[number], readonly string[] | undefined> = {
  status: ACCESS_CODE_STATUSES,
  type: ACCESS_CODE_TYPES,
  device: undefined,
  issues: ISSUE_FACETS,
  backup: BACKUP_FACETS,
}

const splitList = (value: string | undefined, known: readonly string[] | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '' && (!known || known.includes(v)))

export function accessCodesSearchToTableState(search: AccessCodesSearch): DataTableState {
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

export function tableStateToAccessCodesSearch(state: DataTableState): AccessCodesSearch {
  const facet = (id: string) => {
    const value = state.columnFilters.find((f) => f.id === id)?.value
    const list = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []
    return list.length > 0 ? list.join(',') : undefined
  }
  const sort = state.sorting[0]
  const sortId = ACCESS_CODE_SORT_COLUMNS.find((c) => c === sort?.id)
  return {
    q: state.globalFilter.trim() === '' ? undefined : state.globalFilter,
    sort: sortId,
    dir: sortId ? (sort?.desc ? 'desc' : 'asc') : undefined,
    status: facet('status'),
    type: facet('type'),
    device: facet('device'),
    issues: facet('issues'),
    backup: facet('backup'),
  }
}
