import * as z from 'zod/mini'
import { ISSUE_FACET_VALUES, tableSearch } from '@/components/data-table/url-state'

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

/**
 * The devices page's view, in the URL so it can be shared and survives reload:
 * `?q=lobby&sort=battery&dir=asc&online=offline&manufacturer=august,yale&issues=errors`.
 * Bad values fall back to "not set" rather than an error page.
 */
export const devicesSearch = tableSearch(DEVICE_SORT_COLUMNS, {
  online: ONLINE_VALUES,
  manufacturer: undefined,
  issues: ISSUE_FACET_VALUES,
})
export type DevicesSearch = z.infer<typeof devicesSearch.schema>
