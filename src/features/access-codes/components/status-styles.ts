import {
  CheckCircle2,
  CircleDashed,
  CircleHelp,
  Clock,
  LoaderCircle,
  Trash2,
  type LucideIcon,
} from 'lucide-react'
import {
  ACCESS_CODE_STATUSES,
  type AccessCode,
  type AccessCodeStatus,
} from '@/api/schemas/access-code'
import type { Tone } from '@/components/ui/badge'
import { whenPhrase } from '@/lib/time/format'
import { schedulePhase } from '../lib/schedule'

export type StatusContext = {
  /** The device's IANA time zone; times in descriptions are given in it. */
  timeZone: string
  now: number
}

type StatusCode = Pick<AccessCode, 'type' | 'starts_at' | 'ends_at' | 'errors'>

export type StatusStyle = {
  label: string
  tone: Tone
  icon: LucideIcon
  /** Still changing on the lock: the icon moves (unless reduced motion) and the poller watches it. */
  busy: boolean
  /** What the status means for this code, in plain language (tooltip and accessible description). */
  describe: (code: StatusCode, ctx: StatusContext) => string
}

const failedHint = (code: StatusCode) =>
  code.errors.length > 0 ? ' Seam reported a problem: see the errors beside it.' : ''

/** The one place a status's text, icon, colour and meaning are defined. */
export const STATUS_STYLES: Record<AccessCodeStatus, StatusStyle> = {
  setting: {
    label: 'Setting',
    tone: 'info',
    icon: LoaderCircle,
    busy: true,
    describe: (code) =>
      `Being programmed onto the lock. This usually takes a few seconds; the status updates by itself.${failedHint(code)}`,
  },
  set: {
    label: 'Set',
    tone: 'success',
    icon: CheckCircle2,
    busy: false,
    describe: (code, { timeZone, now }) => {
      const p = schedulePhase(code, now)
      if (p.phase === 'active' || p.phase === 'ended')
        return `Active on the lock: the code works until it is removed ${whenPhrase(p.endsAt, timeZone, now)}.`
      return 'Active on the lock: the code works now.'
    },
  },
  unset: {
    label: 'Unset',
    tone: 'neutral',
    icon: CircleDashed,
    busy: false,
    describe: (code, { timeZone, now }) => {
      const p = schedulePhase(code, now)
      if (p.phase === 'upcoming')
        return `Scheduled: will be set on the lock ${whenPhrase(p.startsAt, timeZone, now)}. It does not work before then.`
      if (p.phase === 'ended')
        return `Not on the lock: its access window ended ${whenPhrase(p.endsAt, timeZone, now)}.`
      return `Not on the lock, so it does not open the door.${failedHint(code)}`
    },
  },
  removing: {
    label: 'Removing',
    tone: 'warning',
    icon: Trash2,
    busy: true,
    describe: (code) =>
      `Being removed from the lock. It may still work until the lock confirms; it disappears from this list when it is gone.${failedHint(code)}`,
  },
  unknown: {
    label: 'Unknown',
    tone: 'danger',
    icon: CircleHelp,
    busy: false,
    describe: (code) =>
      code.errors.length > 0
        ? 'Seam cannot confirm whether this code is on the lock because of the errors beside it. Do not rely on it until they are fixed.'
        : 'Seam cannot confirm whether this code is on the lock. Do not rely on it; check the lock or recreate the code.',
  },
}

export function isKnownStatus(status: string): status is AccessCodeStatus {
  return (ACCESS_CODE_STATUSES as readonly string[]).includes(status)
}

/** The style for any status string; one this client does not know falls back to `unknown`. */
export function statusStyleFor(status: string): StatusStyle & { status: AccessCodeStatus } {
  const key: AccessCodeStatus = isKnownStatus(status) ? status : 'unknown'
  return { ...STATUS_STYLES[key], status: key }
}

export type StatusPresentation = {
  status: AccessCodeStatus
  label: string
  tone: Tone
  icon: LucideIcon
  busy: boolean
  description: string
  /** What a screen reader announces for the badge, e.g. "Status: Setting. Being programmed…". */
  accessibleName: string
}

/** Everything a badge shows for this code right now. Unset codes waiting for their start get a clock. */
export function presentStatus(
  code: StatusCode & { status: string },
  ctx: StatusContext,
): StatusPresentation {
  const style = statusStyleFor(code.status)
  const scheduled = style.status === 'unset' && schedulePhase(code, ctx.now).phase === 'upcoming'
  const label = scheduled ? 'Scheduled' : style.label
  // The description formats dates in the lock's zone, which is slow: worked out when first read.
  // Counting 2,000 codes by status on a property page reads only the labels.
  let description: string | undefined
  const describe = () => (description ??= style.describe(code, ctx))
  return {
    status: style.status,
    label,
    tone: scheduled ? 'brand' : style.tone,
    icon: scheduled ? Clock : style.icon,
    busy: style.busy,
    get description() {
      return describe()
    },
    get accessibleName() {
      return `Status: ${label}. ${describe()}`
    },
  }
}
