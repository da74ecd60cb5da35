import { z } from 'zod'
import { KNOWN_EVENT_TYPES } from '@/lib/catalogue/event-catalogue'
import {
  DEFAULT_EVENT_LIMIT,
  EVENT_RANGES,
  MAX_EVENT_LIMIT,
  type EventFilters,
} from './api/list-events'

/** Type filter values that stand for a whole family of events. */
export const EVENT_TYPE_GROUPS = {
  'access_code.*': 'All access code events',
  'device.*': 'All device events',
} as const

const optionalText = z.string().trim().min(1).max(200).optional().catch(undefined)

/**
 * `/events` search params. Every field falls back to its default when the URL holds something
 * invalid, so a hand-edited or stale link still opens the page.
 */
export const eventsSearchSchema = z.object({
  /** An event type, or `access_code.*` / `device.*`. */
  type: optionalText,
  device: optionalText,
  code: optionalText,
  range: z.enum(EVENT_RANGES).default('all').catch('all'),
  from: optionalText,
  to: optionalText,
  limit: z
    .number()
    .int()
    .min(1)
    .max(MAX_EVENT_LIMIT)
    .default(DEFAULT_EVENT_LIMIT)
    .catch(DEFAULT_EVENT_LIMIT),
})
export type EventsSearch = z.output<typeof eventsSearchSchema>

/** `access_code.*` → every known access-code event type; a single type stays as it is. */
export function expandEventType(type: string | undefined): string[] | undefined {
  if (!type) return undefined
  if (type.endsWith('.*')) {
    const prefix = type.slice(0, -1)
    return KNOWN_EVENT_TYPES.filter((t) => t.startsWith(prefix))
  }
  return [type]
}

/** A custom range whose end is not after its start; the page says so instead of querying. */
export function customRangeError(search: Pick<EventsSearch, 'range' | 'from' | 'to'>) {
  if (search.range !== 'custom') return undefined
  const from = search.from ? Date.parse(search.from) : NaN
  const to = search.to ? Date.parse(search.to) : NaN
  if (search.from && Number.isNaN(from)) return 'The start is not a valid date and time.'
  if (search.to && Number.isNaN(to)) return 'The end is not a valid date and time.'
  if (!Number.isNaN(from) && !Number.isNaN(to) && to <= from)
    return 'The end must be after the start.'
  return undefined
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
    limit: search.limit,
  }
}
