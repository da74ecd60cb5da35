import * as z from 'zod/mini'
import type { DataTableState } from '@/components/data-table/use-data-table'
import {
  ISSUE_FACET_VALUES,
  searchToTableState,
  tableSearchSchema,
  tableStateToSearch,
  type FacetValues,
} from '@/components/data-table/url-state'

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

const facetValues: FacetValues<'online' | 'manufacturer' | 'issues'> = {
  online: ONLINE_VALUES,
  manufacturer: undefined,
  issues: ISSUE_FACET_VALUES,
}

/**
 * The devices page's view, in the URL so it can be shared and survives reload:
 * `?q=lobby&sort=battery&dir=asc&online=offline&manufacturer=august,yale&issues=errors`.
 * Bad values fall back to "not set" rather than an error page.
 */
export const devicesSearchSchema = tableSearchSchema(DEVICE_SORT_COLUMNS, facetValues)
export type DevicesSearch = z.infer<typeof devicesSearchSchema>

export const devicesSearchToTableState = (search: DevicesSearch): DataTableState =>
  searchToTableState(search, facetValues)

export const tableStateToDevicesSearch = (state: DataTableState): DevicesSearch =>
  tableStateToSearch(state, facetValues, DEVICE_SORT_COLUMNS)
