import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { describeIssue, type IssueKind } from '@/lib/catalogue/error-catalogue'
import { SEVERITIES, type Severity } from '@/lib/catalogue/severity'
import { addDays, dayOf, startOfDayInstant } from '@/lib/time/calendar'
import { isValidTimeZone } from '@/lib/time/zones'
import { deviceName, locationName } from '@/lib/devices/device-identity'

/** The id of the bucket for locks that have no location. */
export const NO_PROPERTY_ID = 'no-property'
export const NO_PROPERTY_NAME = 'No property'

/** A property: the locks that share a `location.location_name`. */
export type Property = {
  /** URL-safe id derived from the name (`harborview-lofts`); {@link NO_PROPERTY_ID} for none. */
  id: string
  name: string
  /** The zone most of its locks are in; undefined when none has a valid one. */
  timeZone: string | undefined
  devices: Device[]
  /** The "No property" bucket. */
  unassigned: boolean
}

/** `Harborview Lofts` → `harborview-lofts`; names of only symbols become `property`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'property'
}

function mostCommonZone(devices: readonly Device[]): string | undefined {
  const counts = new Map<string, number>()
  for (const d of devices) {
    const zone = d.location?.timezone
    if (zone && isValidTimeZone(zone)) counts.set(zone, (counts.get(zone) ?? 0) + 1)
  }
  let best: string | undefined
  let bestCount = 0
  for (const [zone, n] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
    if (n > bestCount) [best, bestCount] = [zone, n]
  return best
}

/**
 * Groups locks into properties by location name, sorted by name with "No property" last. Ids
 * are slugs of the names; two names with the same slug get `-2`, `-3`… in name order, so an id
 * stays the same for as long as the set of names does.
 */
export function groupProperties(devices: readonly Device[]): Property[] {
  const byName = new Map<string, Device[]>()
  const none: Device[] = []
  for (const d of devices) {
    const name = locationName(d)
    if (name === undefined) none.push(d)
    else {
      const list = byName.get(name)
      if (list) list.push(d)
      else byName.set(name, [d])
    }
  }
  const used = new Set<string>([NO_PROPERTY_ID])
  const out: Property[] = []
  for (const name of [...byName.keys()].sort((a, b) => a.localeCompare(b))) {
    const base = slugify(name)
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    const list = byName.get(name)!
    out.push({ id, name, timeZone: mostCommonZone(list), devices: list, unassigned: false })
  }
  if (none.length > 0)
    out.push({
      id: NO_PROPERTY_ID,
      name: NO_PROPERTY_NAME,
      timeZone: mostCommonZone(none),
      devices: none,
      unassigned: true,
    })
  return out
}

/** Triage's filter for a property's problems: its location name, or "no location". */
export const triageFilterOf = (property: Property): { property?: string; unassigned?: boolean } =>
  property.unassigned ? { unassigned: true } : { property: property.name }

/** The codes on a property's locks. */
export function codesOf(property: Property, codes: readonly AccessCode[]): AccessCode[] {
  const ids = new Set(property.devices.map((d) => d.device_id))
  return codes.filter((c) => ids.has(c.device_id))
}

export type PropertySummary = {
  locks: { total: number; online: number; offline: number }
  codes: number
  /** Open errors and warnings on the property's locks and codes, by catalogue severity. */
  problems: Record<Severity, number>
  problemsTotal: number
  /** Time-bound codes starting today, in the property's zone. */
  checkIns: number
  /** Time-bound codes ending today, in the property's zone. */
  checkOuts: number
  /** The zone "today" was taken in. */
  timeZone: string
}

// A code's severity depends on its kind and code only (the message only words the fallback).
const severities = new Map<string, Severity>()
function severityOf(kind: IssueKind, code: string, message: string): Severity {
  const key = `${kind}:${code}`
  let s = severities.get(key)
  if (s === undefined) {
    s = describeIssue(kind, code, message).severity
    severities.set(key, s)
  }
  return s
}

const emptySeverities = (): Record<Severity, number> =>
  Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>

/** Counts for one property's card. `codes` may hold other properties' codes too. */
export function summarizeProperty(
  property: Property,
  codes: readonly AccessCode[],
  now: number,
  viewerZone: string,
): PropertySummary {
  const timeZone = property.timeZone ?? viewerZone
  const online = property.devices.filter((d) => d.properties.online).length
  const problems = emptySeverities()
  const count = (kind: IssueKind, code: string, message: string) => {
    problems[severityOf(kind, code, message)] += 1
  }
  for (const d of property.devices) {
    for (const e of d.errors) count('error', e.error_code, e.message)
    for (const w of d.warnings) count('warning', w.warning_code, w.message)
  }
  const own = codesOf(property, codes)
  // Today is [local midnight, next local midnight): two instants, then plain comparisons.
  const today = dayOf(now, timeZone)
  const dayStart = startOfDayInstant(today, timeZone)
  const dayEnd = startOfDayInstant(addDays(today, 1), timeZone)
  const isToday = (iso: string | null | undefined) => {
    if (!iso) return false
    const ms = Date.parse(iso)
    return ms >= dayStart && ms < dayEnd
  }
  let checkIns = 0
  let checkOuts = 0
  for (const c of own) {
    for (const e of c.errors) count('error', e.error_code, e.message)
    for (const w of c.warnings) count('warning', w.warning_code, w.message)
    if (c.type !== 'time_bound') continue
    if (isToday(c.starts_at)) checkIns += 1
    if (isToday(c.ends_at)) checkOuts += 1
  }
  return {
    locks: { total: property.devices.length, online, offline: property.devices.length - online },
    codes: own.length,
    problems,
    problemsTotal: SEVERITIES.reduce((n, s) => n + problems[s], 0),
    checkIns,
    checkOuts,
    timeZone,
  }
}

export type StatusCount<K extends string> = { key: K; count: number }

/** Codes counted by a key (their shown status), in the order the keys are first listed. */
export function countBy<K extends string>(
  codes: readonly AccessCode[],
  keyOf: (code: AccessCode) => K,
  order: readonly K[],
): StatusCount<K>[] {
  const counts = new Map<K, number>(order.map((k) => [k, 0]))
  for (const c of codes) {
    const k = keyOf(c)
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  return [...counts].filter(([, n]) => n > 0).map(([key, count]) => ({ key, count }))
}

/** One open error or warning at a property, on a lock or on one of its codes. */
export type PropertyProblem = {
  key: string
  kind: IssueKind
  severity: Severity
  title: string
  deviceId: string
  deviceName: string
  /** Set when the problem is on an access code. */
  accessCodeId: string | undefined
  codeName: string | undefined
}

/** Every open problem at the property, most severe first. */
export function propertyProblems(
  property: Property,
  codes: readonly AccessCode[],
): PropertyProblem[] {
  const out: PropertyProblem[] = []
  const byId = new Map(property.devices.map((d) => [d.device_id, d]))
  const push = (
    kind: IssueKind,
    code: string,
    message: string,
    device: Device,
    accessCode?: AccessCode,
  ) => {
    const description = describeIssue(kind, code, message)
    out.push({
      key: `${accessCode ? `code:${accessCode.access_code_id}` : `device:${device.device_id}`}:${kind}:${code}`,
      kind,
      severity: description.severity,
      title: description.title,
      deviceId: device.device_id,
      deviceName: deviceName(device),
      accessCodeId: accessCode?.access_code_id,
      codeName: accessCode ? accessCode.name || 'Unnamed code' : undefined,
    })
  }
  for (const d of property.devices) {
    for (const e of d.errors) push('error', e.error_code, e.message, d)
    for (const w of d.warnings) push('warning', w.warning_code, w.message, d)
  }
  for (const c of codes) {
    const d = byId.get(c.device_id)
    if (!d) continue
    for (const e of c.errors) push('error', e.error_code, e.message, d, c)
    for (const w of c.warnings) push('warning', w.warning_code, w.message, d, c)
  }
  const rank = (s: Severity) => SEVERITIES.indexOf(s)
  return out.sort(
    (a, b) => rank(a.severity) - rank(b.severity) || a.deviceName.localeCompare(b.deviceName),
  )
}
