import type { LucideIcon } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Tone } from '@/components/ui/badge'
import type { CreateFromRange } from '../lib/selection'
import type { Zoom } from '../lib/time-window'

/** One lane: a lock. */
export type TimelineLock = {
  deviceId: string
  name: string
  /** The lock's own zone (used to snap a selection on its lane). */
  timeZone: string
}

/** How a code's status is shown; the route passes the access-codes feature's presentation. */
export type TimelineStatus = {
  label: string
  tone: Tone
  icon: LucideIcon
  description: string
}

/** Where the edit page returns after saving a code opened from the timeline. */
export type EditReturn = { from: 'device' } | { from: 'property'; propertyId: string }

export type TimelineView = { zoom: Zoom; day: string }

export type ScheduleTimelineProps = {
  /** Heading of the section. */
  title?: string
  locks: readonly TimelineLock[]
  codes: readonly AccessCode[]
  /** The zone the axis is drawn in (the property's, or the lock's). */
  timeZone: string
  view: TimelineView
  onViewChange: (next: TimelineView) => void
  now: number
  present: (code: AccessCode) => TimelineStatus
  editReturn: EditReturn
  /** A range was selected on a lane (drag or keyboard): open the create form with it. */
  onCreate: (range: CreateFromRange) => void
  /** Codes are still arriving. */
  loading?: boolean
}
