import { LOG_RANGES } from '@/lib/time/log-ranges'

/**
 * The numbers `/events` search params and `events/list` share. Apart from `api/list-events.ts`
 * because the router reads the search schema in the first page's JS: importing the fetch module
 * there pulled the event schema (built at module load, so never tree-shaken) into it.
 */

/** Relative windows are resolved when the request is made, so the cache key stays stable. */
export const EVENT_RANGES = LOG_RANGES
export const DEFAULT_EVENT_LIMIT = 200
/** "Any time" starts as the last 30 days; each "Load older" reaches back this much further. */
export const ANY_TIME_DAYS = 30
/** The furthest back "Any time" goes: ten years. */
export const MAX_ANY_TIME_DAYS = 3650
/** Seam's (and the sandbox's) upper bound for one `events/list`. */
export const MAX_EVENT_LIMIT = 10_000
