import * as z from 'zod/mini'
import { enumWithDefault, optionalText } from '@/lib/search-params'
import {
  ANY_TIME_DAYS,
  DEFAULT_EVENT_LIMIT,
  EVENT_RANGES,
  MAX_ANY_TIME_DAYS,
  MAX_EVENT_LIMIT,
} from './event-limits'

/**
 * `/events` search params. Every field falls back to its default when the URL holds something
 * invalid, so a hand-edited or stale link still opens the page.
 */
export const eventsSearchSchema = z.object({
  /** An event type, or `access_code.*` / `device.*`. */
  type: optionalText,
  device: optionalText,
  code: optionalText,
  range: enumWithDefault(EVENT_RANGES, 'all'),
  from: optionalText,
  to: optionalText,
  /** How far back "Any time" reaches, in days; "Load older" widens it. */
  days: z.catch(
    z._default(z.int().check(z.minimum(1), z.maximum(MAX_ANY_TIME_DAYS)), ANY_TIME_DAYS),
    ANY_TIME_DAYS,
  ),
  limit: z.catch(
    z._default(z.int().check(z.minimum(1), z.maximum(MAX_EVENT_LIMIT)), DEFAULT_EVENT_LIMIT),
    DEFAULT_EVENT_LIMIT,
  ),
})
export type EventsSearch = z.output<typeof eventsSearchSchema>
