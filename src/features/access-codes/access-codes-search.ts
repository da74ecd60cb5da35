import * as z from 'zod/mini'
import { ACCESS_CODE_STATUSES, ACCESS_CODE_TYPES } from '@/api/schemas/access-code'
import type { DataTableState } from '@/components/data-table/use-data-table'
import {
  ISSUE_FACET_VALUES,
  searchToTableState,
  tableSearchSchema,
  tableStateToSearch,
  type FacetValues,
} from '@/components/data-table/url-state'

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

const facetValues: FacetValues<'status' | 'type' | 'device' | 'issues' | 'backup'> = {
  status: ACCESS_CODE_STATUSES,
  type: ACCESS_CODE_TYPES,
  device: undefined,
  issues: ISSUE_FACET_VALUES,
  backup: BACKUP_FACETS,
}

/**
 * The access-codes view, in the URL so it can be shared and survives reload:
 * `?q=maria&sort=schedule&dir=asc&status=setting,removing&type=time_bound&device=<id>&issues=errors&backup=available`.
 * Bad values fall back to "not set" rather than an error page.
 */
export const accessCodesSearchSchema = tableSearchSchema(ACCESS_CODE_SORT_COLUMNS, facetValues)
export type AccessCodesSearch = z.infer<typeof accessCodesSearchSchema>

export const accessCodesSearchToTableState = (search: AccessCodesSearch): DataTableState =>
  searchToTableState(search, facetValues)

export const tableStateToAccessCodesSearch = (state: DataTableState): AccessCodesSearch =>
  tableStateToSearch(state, facetValues, ACCESS_CODE_SORT_COLUMNS)
