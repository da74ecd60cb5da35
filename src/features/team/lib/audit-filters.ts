import type { AuditSearch } from '../audit-search'
import { customRangeError, LOG_RANGE_MS } from '@/lib/time/log-ranges'

/** The filter fields of `POST /api/_doorman/audit/list` (the cursor and limit are added per page). */
export type AuditListFilters = {
  actor?: string
  action?: string
  device_id?: string
  access_code_id?: string
  /** ISO instants with an offset; `until` is exclusive. */
  since?: string
  until?: string
}

/**
 * The request filters for the page's URL, resolving a relative range against `now`. A custom
 * range whose end is not after its start is left out (the page says so instead).
 */
export function auditListFilters(search: AuditSearch, now: number): AuditListFilters {
  const filters: AuditListFilters = {}
  if (search.actor) filters.actor = search.actor.trim().toLowerCase()
  if (search.action) filters.action = search.action
  if (search.device_id) filters.device_id = search.device_id
  if (search.access_code_id) filters.access_code_id = search.access_code_id
  if (search.range === 'custom') {
    if (customRangeError(search) === undefined) {
      if (search.from) filters.since = new Date(Date.parse(search.from)).toISOString()
      if (search.to) filters.until = new Date(Date.parse(search.to)).toISOString()
    }
  } else if (search.range !== 'all') {
    filters.since = new Date(now - LOG_RANGE_MS[search.range]).toISOString()
  }
  return filters
}

/** Whether any filter narrows the log (the page offers "Clear filters" then). */
export function hasAuditFilters(search: AuditSearch): boolean {
  return (
    search.actor !== undefined ||
    search.action !== undefined ||
    search.device_id !== undefined ||
    search.access_code_id !== undefined ||
    search.range !== 'all'
  )
}

/** The search with every filter cleared. */
export const clearedAuditSearch: AuditSearch = {
  actor: undefined,
  action: undefined,
  device_id: undefined,
  access_code_id: undefined,
  range: 'all',
  from: undefined,
  to: undefined,
}
