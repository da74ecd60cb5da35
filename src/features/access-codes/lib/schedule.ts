import type { AccessCode } from '@/api/schemas/access-code'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A compact duration for relative phrases: "< 1 min", "45 min", "3 h", "2 d". */
export function compactDuration(ms: number): string {
  const abs = Math.abs(ms)
  if (abs < MINUTE) return '< 1 min'
  if (abs < HOUR) return `${Math.round(abs / MINUTE)} min`
  if (abs < 2 * DAY) return `${Math.round(abs / HOUR)} h`
  return `${Math.round(abs / DAY)} d`
}

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

const formatterCache = new Map<string, Intl.DateTimeFormat>()
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatterCache.get(key)
  if (!f) {
    f = make()
    formatterCache.set(key, f)
  }
  return f
}

/** A time zone the runtime accepts: the device's if valid, else UTC. */
export function safeTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC'
  try {
    formatter(`probe:${timeZone}`, () => new Intl.DateTimeFormat('en-US', { timeZone }))
    return timeZone
  } catch {
    return 'UTC'
  }
}

/** "Mar 3, 3:00 PM" in the given zone (the year only when it is not the current one). */
export function formatDateTime(ms: number, timeZone: string, now = Date.now()): string {
  const zone = safeTimeZone(timeZone)
  const year = formatter(
    `y:${zone}`,
    () => new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric' }),
  )
  const sameYear = year.format(ms) === year.format(now)
  return formatter(
    `dt:${zone}:${sameYear}`,
    () =>
      new Intl.DateTimeFormat(undefined, {
        timeZone: zone,
        month: 'short',
        day: 'numeric',
        year: sameYear ? undefined : 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      }),
  ).format(ms)
}

/** "3:00 PM" in the given zone. */
export function formatTime(ms: number, timeZone: string): string {
  const zone = safeTimeZone(timeZone)
  return formatter(
    `t:${zone}`,
    () =>
      new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: 'numeric', minute: '2-digit' }),
  ).format(ms)
}

function exactZoneAbbreviation(ms: number, zone: string): string {
  const parts = formatter(
    `z:${zone}`,
    () => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }),
  ).formatToParts(ms)
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone
}

// formatToParts is slow enough to show when scrolling 10,000 rows, and rows' times fall on a few
// dozen days. A zone changes its name at most once a day, so a day whose first and last
// millisecond share a name has that name throughout; only a changeover day is asked per time.
const DAY_MS = 86_400_000
const dayNames = new Map<string, string | null>()

/** The zone's short name at `ms`, e.g. "EST" or "GMT+1". */
export function zoneAbbreviation(ms: number, timeZone: string): string {
  const zone = safeTimeZone(timeZone)
  const day = Math.floor(ms / DAY_MS)
  const key = `${zone}@${day}`
  let name = dayNames.get(key)
  if (name === undefined) {
    const first = exactZoneAbbreviation(day * DAY_MS, zone)
    name = first === exactZoneAbbreviation(day * DAY_MS + DAY_MS - 1, zone) ? first : null
    if (dayNames.size >= 10_000) dayNames.clear()
    dayNames.set(key, name)
  }
  return name ?? exactZoneAbbreviation(ms, zone)
}

/** True when `a` and `b` fall on the same calendar day in `timeZone`. */
export function sameDay(a: number, b: number, timeZone: string): boolean {
  const zone = safeTimeZone(timeZone)
  const f = formatter(
    `d:${zone}`,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  )
  return f.format(a) === f.format(b)
}

/** "at 3:00 PM" today, or "on Mar 3, 3:00 PM", in the device's zone, with the zone name. */
export function whenPhrase(ms: number, timeZone: string, now: number): string {
  const zone = zoneAbbreviation(ms, timeZone)
  return sameDay(ms, now, timeZone)
    ? `at ${formatTime(ms, timeZone)} ${zone}`
    : `on ${formatDateTime(ms, timeZone, now)} ${zone}`
}
