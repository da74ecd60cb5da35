import * as z from 'zod/mini'
import { optionalEnum } from '@/lib/search-params'

// Kept free of the timeline's code: the router imports this file into the first bundle.
export const ZOOMS = ['day', 'week', 'month'] as const
export type Zoom = (typeof ZOOMS)[number]

const isDayKey = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)

/** A day `YYYY-MM-DD`, else not set. */
const optionalDay = z.catch(
  z.optional(z.string().check(z.refine(isDayKey, 'not a day'))),
  undefined,
)

/**
 * The timeline's view in the URL: `?zoom=week&day=2026-12-02` (any day inside the window).
 * Not set: a week around today in the place's zone.
 */
export const timelineSearchShape = {
  zoom: optionalEnum(ZOOMS),
  day: optionalDay,
}
export const timelineSearchSchema = z.object(timelineSearchShape)
export type TimelineSearch = z.infer<typeof timelineSearchSchema>
