import type { AccessCode } from '@/api/schemas/access-code'
import { compactDuration } from '@/lib/time/relative'

const parse = (value: string | null | undefined): number | null => {
  if (!value) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}

export type SchedulePhase =
  | { phase: 'ongoing' }
  | { phase: 'upcoming'; startsAt: number; endsAt: number | null }
  | { phase: 'active'; startsAt: number | null; endsAt: number }
  | { phase: 'ended'; startsAt: number | null; endsAt: number }

/** Where a code is in its access window at `now`. */
export function schedulePhase(
  code: Pick<AccessCode, 'type' | 'starts_at' | 'ends_at'>,
  now: number,
): SchedulePhase {
  const startsAt = parse(code.starts_at)
  const endsAt = parse(code.ends_at)
  if (code.type !== 'time_bound' || endsAt === null) {
    if (startsAt !== null && startsAt > now) return { phase: 'upcoming', startsAt, endsAt }
    return { phase: 'ongoing' }
  }
  if (startsAt !== null && startsAt > now) return { phase: 'upcoming', startsAt, endsAt }
  if (endsAt <= now) return { phase: 'ended', startsAt, endsAt }
  return { phase: 'active', startsAt, endsAt }
}

/** "starts in 3 h", "ends in 2 d", "ended 4 d ago", or "" for an ongoing code. */
export function relativeSchedule(
  code: Pick<AccessCode, 'type' | 'starts_at' | 'ends_at'>,
  now: number,
): string {
  const p = schedulePhase(code, now)
  switch (p.phase) {
    case 'ongoing':
      return ''
    case 'upcoming':
      return `starts in ${compactDuration(p.startsAt - now)}`
    case 'active':
      return `ends in ${compactDuration(p.endsAt - now)}`
    case 'ended':
      return `ended ${compactDuration(now - p.endsAt)} ago`
  }
}
