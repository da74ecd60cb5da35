import type { AccessCode } from '@/api/schemas/access-code'
import type { SeamError, SeamWarning } from '@/api/schemas/common'
import type { Device } from '@/api/schemas/device'
import {
  describeIssue,
  severityRank,
  type IssueDescription,
  type IssueKind,
  type Severity,
} from '@/lib/catalogue/error-catalogue'
import { deviceName, locationName } from '@/lib/devices/device-identity'

/** One error or warning on one object. */
export type Occurrence = {
  /** Unique within the workspace: subject, object id, kind and code. */
  key: string
  kind: IssueKind
  code: string
  message: string
  /** When Seam raised it, if it said so. */
  since: string | undefined
  subject: 'device' | 'access_code'
  device: Device | undefined
  deviceId: string
  accessCode: AccessCode | undefined
  /** Name of the affected code or device, for display. */
  name: string
  location: string | undefined
}

/** Every occurrence of one error/warning code, with what the catalogue says about it. */
export type IssueGroup = {
  key: string
  kind: IssueKind
  code: string
  description: IssueDescription
  occurrences: Occurrence[]
  /** Most recent `since` among the occurrences (ISO), if any. */
  latestAt: string | undefined
}

export const codeName = (code: AccessCode) => code.name || 'Unnamed code'

/** Every error and warning on the devices and codes, one entry per (object, kind, code). */
export function collectOccurrences(
  devices: readonly Device[],
  codes: readonly AccessCode[],
): Occurrence[] {
  const byId = new Map(devices.map((d) => [d.device_id, d]))
  const out: Occurrence[] = []
  const seen = new Set<string>()
  const push = (o: Occurrence) => {
    if (seen.has(o.key)) return
    seen.add(o.key)
    out.push(o)
  }
  /** One occurrence per error, then per warning, of one device or code (`id` keys it). */
  const pushIssues = (
    base: Omit<Occurrence, 'key' | 'kind' | 'code' | 'message' | 'since'>,
    id: string,
    errors: readonly SeamError[],
    warnings: readonly SeamWarning[],
  ) => {
    const issues = [
      ...errors.map((e) => ({ kind: 'error' as const, code: e.error_code, notice: e })),
      ...warnings.map((w) => ({ kind: 'warning' as const, code: w.warning_code, notice: w })),
    ]
    for (const { kind, code, notice } of issues)
      push({
        ...base,
        key: `${base.subject}:${id}:${kind}:${code}`,
        kind,
        code,
        message: notice.message,
        since: notice.created_at,
      })
  }
  for (const device of devices) {
    const base = {
      subject: 'device' as const,
      device,
      deviceId: device.device_id,
      accessCode: undefined,
      name: deviceName(device),
      location: locationName(device),
    }
    pushIssues(base, device.device_id, device.errors, device.warnings)
  }
  for (const code of codes) {
    const device = byId.get(code.device_id)
    const base = {
      subject: 'access_code' as const,
      device,
      deviceId: code.device_id,
      accessCode: code,
      name: codeName(code),
      location: locationName(device),
    }
    pushIssues(base, code.access_code_id, code.errors, code.warnings)
  }
  return out
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0)

/** Groups occurrences by kind + code, each group's occurrences newest first. */
export function groupOccurrences(occurrences: readonly Occurrence[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>()
  for (const o of occurrences) {
    const key = `${o.kind}:${o.code}`
    let group = groups.get(key)
    if (!group) {
      group = {
        key,
        kind: o.kind,
        code: o.code,
        description: describeIssue(o.kind, o.code, o.message),
        occurrences: [],
        latestAt: undefined,
      }
      groups.set(key, group)
    }
    group.occurrences.push(o)
    if (o.since && time(o.since) > time(group.latestAt)) group.latestAt = o.since
  }
  for (const g of groups.values()) g.occurrences.sort((a, b) => time(b.since) - time(a.since))
  return [...groups.values()]
}

export type TriageSort = 'count' | 'recent' | 'severity'

export type TriageFilters = {
  severity?: Severity | undefined
  kind?: IssueKind | undefined
  /** An error/warning code. */
  code?: string | undefined
  device?: string | undefined
  /** A property (location) name. */
  property?: string | undefined
  /** Only objects on locks without a location ("No property"). */
  unassigned?: boolean | undefined
  sort: TriageSort
}

/** Applies the filters (object filters narrow each group's occurrences) and sorts the groups. */
export function filterAndSortGroups(
  groups: readonly IssueGroup[],
  filters: TriageFilters,
): IssueGroup[] {
  const out: IssueGroup[] = []
  for (const g of groups) {
    if (filters.severity && g.description.severity !== filters.severity) continue
    if (filters.kind && g.kind !== filters.kind) continue
    if (filters.code && g.code !== filters.code) continue
    const occurrences = g.occurrences.filter(
      (o) =>
        (!filters.device || o.deviceId === filters.device) &&
        (!filters.property || o.location === filters.property) &&
        (!filters.unassigned || !o.location?.trim()),
    )
    if (occurrences.length === 0) continue
    const latestAt = occurrences.reduce<string | undefined>(
      (latest, o) => (o.since && time(o.since) > time(latest) ? o.since : latest),
      undefined,
    )
    out.push(occurrences.length === g.occurrences.length ? g : { ...g, occurrences, latestAt })
  }
  const bySeverity = (a: IssueGroup, b: IssueGroup) =>
    severityRank[a.description.severity] - severityRank[b.description.severity]
  const byCount = (a: IssueGroup, b: IssueGroup) => b.occurrences.length - a.occurrences.length
  const byRecent = (a: IssueGroup, b: IssueGroup) => time(b.latestAt) - time(a.latestAt)
  const order =
    filters.sort === 'recent'
      ? [byRecent, byCount, bySeverity]
      : filters.sort === 'severity'
        ? [bySeverity, byCount, byRecent]
        : [byCount, bySeverity, byRecent]
  return out.sort((a, b) => {
    for (const cmp of order) {
      const d = cmp(a, b)
      if (d !== 0) return d
    }
    return a.key.localeCompare(b.key)
  })
}

export type DiagnosticsEvent = {
  event_id: string
  event_type: string
  occurred_at: string
} & Record<string, unknown>

/** The JSON a support ticket needs about one affected object. */
export function diagnosticsBundle(
  occurrence: Occurrence,
  recentEvents: readonly DiagnosticsEvent[] | { error: string },
  now: Date,
) {
  const object = occurrence.subject === 'access_code' ? occurrence.accessCode! : occurrence.device
  return {
    generated_at: now.toISOString(),
    source: 'Doorman triage',
    issue: {
      kind: occurrence.kind,
      code: occurrence.code,
      message: occurrence.message,
      since: occurrence.since ?? null,
      title: describeIssue(occurrence.kind, occurrence.code, occurrence.message).title,
    },
    object_type: occurrence.subject,
    object_id:
      occurrence.subject === 'access_code'
        ? occurrence.accessCode!.access_code_id
        : occurrence.deviceId,
    object: object ?? null,
    errors: object?.errors ?? [],
    warnings: object?.warnings ?? [],
    device:
      occurrence.subject === 'access_code' && occurrence.device
        ? {
            device_id: occurrence.device.device_id,
            display_name: occurrence.device.display_name,
            online: occurrence.device.properties.online,
            location: occurrence.device.location ?? null,
            errors: occurrence.device.errors,
            warnings: occurrence.device.warnings,
          }
        : undefined,
    recent_events: recentEvents,
  }
}
