import * as z from 'zod/mini'
import { ACCESS_CODE_STATUSES, ACCESS_CODE_TYPES } from '@/api/schemas/access-code'
import { ISSUE_FACET_VALUES, tableSearch } from '@/components/data-table/url-state'

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
export const BACKUP_FACETS = ['available', 'pulled', 'not_eligible'] as const

/**
 * The access-codes view, in the URL so it can be shared and survives reload:
 * `?q=maria&sort=schedule&dir=asc&status=setting,removing&type=time_bound&device=<id>&issues=errors&backup=available`.
 * Bad values fall back to "not set" rather than an error page.
 */
export const accessCodesSearch = tableSearch(ACCESS_CODE_SORT_COLUMNS, {
  status: ACCESS_CODE_STATUSES,
  type: ACCESS_CODE_TYPES,
  device: undefined,
  issues: ISSUE_FACET_VALUES,
  backup: BACKUP_FACETS,
})
export type AccessCodesSearch = z.infer<typeof accessCodesSearch.schema>
