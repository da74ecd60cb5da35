import { KNOWN_EVENT_TYPES } from '@/lib/catalogue/event-catalogue'
import { customRangeError } from '@/lib/time/log-ranges'
import { anyTimeDays, usesAnyTimeWindow, type EventFilters } from './api/list-events'
import type { EventsSearch } from './events-search'

// Apart from the search schema, which the route tree loads up front, because these need the
// event catalogue, which only the events page should load.

/** Type filter values that stand for a whole family of events. */
export const EVENT_TYPE_GROUPS = {
  'access_code.*': 'All access code events',
  'device.*': 'All device events',
} as const

/** `access_code.*` → every known access-code event type; a single type stays as it is. */
export function expandEventType(type: string | undefined): string[] | undefined {
  if (!type) return undefined
  if (type.endsWith('.*')) {
    const prefix = type.slice(0, -1)
    return KNOWN_EVENT_TYPES.filter((t) => t.startsWith(prefix))
  }
  return [type]
}

export function filtersFromSearch(search: EventsSearch): EventFilters {
  const rangeValid = customRangeError(search) === undefined
  return {
    deviceId: search.device,
    accessCodeId: search.code,
    eventTypes: expandEventType(search.type),
    range: rangeValid ? search.range : 'all',
    from: search.from,
    to: search.to,
    days: search.days,
    limit: search.limit,
  }
}

/** Whether anything narrows the log (enables "Clear filters", words the empty state). */
export function hasEventFilters(search: EventsSearch): boolean {
  return (
    search.type !== undefined ||
    search.device !== undefined ||
    search.code !== undefined ||
    search.range !== 'all'
  )
}

/**
 * What "Any time" stands for under these filters, e.g. "the last 30 days" (Seam needs a window
 * on every request), or null when a real range is chosen.
 */
export function anyTimeWindowLabel(filters: EventFilters): string | null {
  return usesAnyTimeWindow(filters) ? `the last ${anyTimeDays(filters)} days` : null
}
