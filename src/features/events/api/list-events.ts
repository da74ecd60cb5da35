import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import type { ListEventsInput } from '@/api/schemas/read-inputs'
import { seamEventSchema, type SeamEvent } from '@/api/schemas/event'
import { LOG_RANGE_MS, type LogRange } from '@/lib/time/log-ranges'
import {
  ANY_TIME_DAYS,
  DEFAULT_EVENT_LIMIT,
  EVENT_RANGES,
  MAX_ANY_TIME_DAYS,
  MAX_EVENT_LIMIT,
} from '../event-limits'

export { EVENT_RANGES, DEFAULT_EVENT_LIMIT, ANY_TIME_DAYS, MAX_ANY_TIME_DAYS, MAX_EVENT_LIMIT }
export type EventRange = LogRange

/** What a view asks for. Everything optional; newest first, at most `limit` events. */
export type EventFilters = {
  deviceId?: string | undefined
  accessCodeId?: string | undefined
  eventTypes?: readonly string[] | undefined
  range?: EventRange | undefined
  /** ISO instants, used when `range` is `custom`. Either may be missing. */
  from?: string | undefined
  to?: string | undefined
  /**
   * How far back "Any time" reaches, in days (default {@link ANY_TIME_DAYS}). Seam requires a
   * window on every `events/list`, so "Any time" is the last 30 days and "Load older" widens it.
   */
  days?: number | undefined
  limit?: number | undefined
}

const DAY_MS = 24 * 3_600_000
/** How often a visible view refreshes. */
export const EVENTS_REFRESH_MS = 5_000

/** The days "Any time" reaches back, clamped to 1…{@link MAX_ANY_TIME_DAYS}. */
export const anyTimeDays = (filters: Pick<EventFilters, 'days'>) =>
  Math.min(Math.max(Math.floor(filters.days ?? ANY_TIME_DAYS), 1), MAX_ANY_TIME_DAYS)

/** Whether these filters use the "Any time" window (so "Load older" can widen it). */
export function usesAnyTimeWindow(filters: Pick<EventFilters, 'range' | 'from' | 'to'>) {
  const range = filters.range ?? 'all'
  if (range === 'all') return true
  if (range !== 'custom') return false
  const parses = (v: string | undefined) => v !== undefined && !Number.isNaN(Date.parse(v))
  return !parses(filters.from) && !parses(filters.to)
}

/**
 * The window of an `events/list`: always `since` or `between`, never neither (Seam answers
 * "Must specify either since or between") nor both.
 */
function eventsWindow(
  filters: EventFilters,
  now: number,
): { since: string } | { between: [string, string] } {
  const range = filters.range ?? 'all'
  if (range === 'custom') {
    const from = filters.from ? Date.parse(filters.from) : NaN
    const to = filters.to ? Date.parse(filters.to) : NaN
    if (!Number.isNaN(from) && !Number.isNaN(to)) {
      return { between: [new Date(from).toISOString(), new Date(to).toISOString()] }
    } else if (!Number.isNaN(from)) {
      return { since: new Date(from).toISOString() }
    } else if (!Number.isNaN(to)) {
      // Seam has no "until" on its own: between the epoch and `to`.
      return { between: [new Date(0).toISOString(), new Date(to).toISOString()] }
    }
  } else if (range !== 'all') {
    return { since: new Date(now - LOG_RANGE_MS[range]).toISOString() }
  }
  // "Any time", or a custom range with neither end set.
  return { since: new Date(now - anyTimeDays(filters) * DAY_MS).toISOString() }
}

/** The `events/list` body for a set of filters, resolving relative ranges against `now`. */
export function eventsListBody(filters: EventFilters, now: number): ListEventsInput {
  const body: ListEventsInput = {
    limit: Math.min(filters.limit ?? DEFAULT_EVENT_LIMIT, MAX_EVENT_LIMIT),
  }
  if (filters.deviceId) body.device_id = filters.deviceId
  if (filters.accessCodeId) body.access_code_id = filters.accessCodeId
  if (filters.eventTypes && filters.eventTypes.length > 0)
    body.event_types = [...filters.eventTypes]
  return { ...body, ...eventsWindow(filters, now) }
}

/**
 * What "Load older" does after `loaded` events came back: when the list is full (`limit` events),
 * older ones exist inside the window, so ask for more; otherwise the window holds no more, so
 * widen "Any time" by another {@link ANY_TIME_DAYS} days. `undefined` when neither can help.
 */
export function loadOlder(
  filters: EventFilters,
  loaded: number,
  { step, maxLimit = MAX_EVENT_LIMIT }: { step: number; maxLimit?: number },
): { limit: number } | { days: number } | undefined {
  const limit = filters.limit ?? DEFAULT_EVENT_LIMIT
  if (loaded >= limit)
    return limit < maxLimit ? { limit: Math.min(limit + step, maxLimit) } : undefined
  const days = anyTimeDays(filters)
  if (!usesAnyTimeWindow(filters) || days >= MAX_ANY_TIME_DAYS) return undefined
  return { days: Math.min(days + ANY_TIME_DAYS, MAX_ANY_TIME_DAYS) }
}

const listEventsResponse = z.object({ events: z.array(seamEventSchema) })

/** `events/list`. The API already answers newest first; sort anyway so ties are stable. */
export async function listEvents(filters: EventFilters, signal?: AbortSignal) {
  const response = await apiRequest(
    'events/list',
    eventsListBody(filters, Date.now()),
    listEventsResponse,
    { signal },
  )
  return sortNewestFirst(response.events)
}

export function sortNewestFirst(events: readonly SeamEvent[]): SeamEvent[] {
  return [...events].sort(
    (a, b) =>
      Date.parse(b.occurred_at) - Date.parse(a.occurred_at) ||
      Date.parse(b.created_at) - Date.parse(a.created_at),
  )
}

function normalise(filters: EventFilters) {
  return {
    deviceId: filters.deviceId ?? null,
    accessCodeId: filters.accessCodeId ?? null,
    eventTypes: filters.eventTypes ? [...filters.eventTypes].sort() : null,
    range: filters.range ?? 'all',
    from: filters.range === 'custom' ? (filters.from ?? null) : null,
    to: filters.range === 'custom' ? (filters.to ?? null) : null,
    days: usesAnyTimeWindow(filters) ? anyTimeDays(filters) : null,
    limit: filters.limit ?? DEFAULT_EVENT_LIMIT,
  }
}

export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (filters: EventFilters) => [...eventKeys.lists(), normalise(filters)] as const,
}

/** Refresh every few seconds, but only while the page is visible. */
export const refreshWhileVisible = () =>
  typeof document === 'undefined' || document.visibilityState === 'visible'
    ? EVENTS_REFRESH_MS
    : false

export const eventsQueryOptions = (filters: EventFilters) =>
  queryOptions({
    queryKey: eventKeys.list(filters),
    queryFn: ({ signal }) => listEvents(filters, signal),
    staleTime: 2_000,
    refetchInterval: refreshWhileVisible,
    refetchIntervalInBackground: false,
    // Changing a filter keeps the old rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  })

export const useEvents = (filters: EventFilters) => useQuery(eventsQueryOptions(filters))
