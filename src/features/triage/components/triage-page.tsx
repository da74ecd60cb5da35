import { useMemo, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { AlertOctagon, AlertTriangle, RefreshCw } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { Badge, type Tone } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { SEVERITIES, severityLabel, type Severity } from '@/lib/catalogue/error-catalogue'
import {
  collectOccurrences,
  deviceName,
  filterAndSortGroups,
  groupOccurrences,
  type DiagnosticsEvent,
  type IssueGroup,
} from '../lib/collect-issues'
import type { TriageSearch } from '../triage-search'
import { CopyDiagnosticsButton } from './copy-diagnostics-button'
import { FilterSelectField, SelectField } from '@/components/ui/select-field'

export const severityTone: Record<Severity, Tone> = {
  critical: 'danger',
  high: 'danger',
  medium: 'warning',
  low: 'info',
}

const SORT_LABELS: Record<TriageSearch['sort'], string> = {
  count: 'Most affected first',
  recent: 'Most recent first',
  severity: 'Most severe first',
}

/** How many affected objects a group lists before "Show all". */
const PREVIEW_ROWS = 8

export type TriageLoadState = {
  devicesError?: unknown
  /** Devices whose codes are still loading / could not be loaded. */
  devicesLoadingCodes: number
  totalDevices: number
  codeFailures: readonly { deviceId: string; error: unknown; retry: () => void }[]
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const formatWhen = (iso: string | undefined) =>
  iso && !Number.isNaN(Date.parse(iso)) ? dateTime.format(Date.parse(iso)) : '—'

/**
 * Every error and warning in the workspace, grouped by code, explained in plain language with
 * what to do, and the affected codes and devices linked. Filters and sort live in the URL.
 */
export function TriagePage({
  devices,
  codes,
  load,
  search,
  onSearchChange,
  onRefresh,
  isRefreshing,
  loadRecentEvents,
}: {
  /** `undefined` while the device list is loading. */
  devices: readonly Device[] | undefined
  codes: readonly AccessCode[]
  load: TriageLoadState
  search: TriageSearch
  onSearchChange: (patch: Partial<TriageSearch>) => void
  onRefresh: () => void
  isRefreshing: boolean
  /** The last events of one object, for the diagnostics bundle. */
  loadRecentEvents: (target: {
    deviceId?: string
    accessCodeId?: string
  }) => Promise<DiagnosticsEvent[]>
}) {
  const allGroups = useMemo(
    () => groupOccurrences(collectOccurrences(devices ?? [], codes)),
    [devices, codes],
  )
  const groups = useMemo(() => filterAndSortGroups(allGroups, search), [allGroups, search])
  const anySeverity = useMemo(
    () => filterAndSortGroups(allGroups, { ...search, severity: undefined }),
    [allGroups, search],
  )
  const properties = useMemo(
    () =>
      [
        ...new Set(
          (devices ?? []).flatMap((d) =>
            d.location?.location_name ? [d.location.location_name] : [],
          ),
        ),
      ].sort(),
    [devices],
  )
  const sortedDevices = useMemo(
    () => [...(devices ?? [])].sort((a, b) => deviceName(a).localeCompare(deviceName(b))),
    [devices],
  )
  const codeOptions = useMemo(
    () =>
      [...new Map(allGroups.map((g) => [g.code, g.description.title])).entries()].sort((a, b) =>
        a[1].localeCompare(b[1]),
      ),
    [allGroups],
  )

  if (devices === undefined) {
    if (load.devicesError)
      return (
        <ErrorState title="Could not load devices" error={load.devicesError} onRetry={onRefresh} />
      )
    return <PageSkeleton label="Loading triage" />
  }

  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  // The summary ignores the severity filter, so picking one card does not zero the others.
  for (const g of anySeverity) bySeverity[g.description.severity] += g.occurrences.length
  const totalOccurrences = groups.reduce((n, g) => n + g.occurrences.length, 0)
  const hasFilters =
    search.severity !== undefined ||
    search.kind !== undefined ||
    search.code !== undefined ||
    search.device !== undefined ||
    search.property !== undefined
  const stillLoading = load.devicesLoadingCodes > 0

  return (
    <div>
      <PageHeader
        title="Triage"
        description="Everything that is wrong with locks and access codes, grouped by problem, with what to do about it."
        actions={
          <Button size="sm" onClick={onRefresh} disabled={isRefreshing}>
            <RefreshCw
              aria-hidden="true"
              className={isRefreshing ? 'size-4 motion-safe:animate-spin' : 'size-4'}
            />
            Refresh
          </Button>
        }
      />

      <ul aria-label="Summary by severity" className="mb-4 grid grid-cols-4 gap-2 sm:gap-3">
        {SEVERITIES.map((s) => (
          <li key={s}>
            <button
              type="button"
              aria-pressed={search.severity === s}
              onClick={() => onSearchChange({ severity: search.severity === s ? undefined : s })}
              className="w-full rounded-xl border border-slate-200 bg-white p-2 text-left shadow-sm hover:border-slate-300 aria-pressed:border-brand-600 aria-pressed:ring-2 aria-pressed:ring-brand-600/30 sm:p-3"
            >
              <Badge tone={severityTone[s]}>{severityLabel[s]}</Badge>
              <span className="mt-1 block text-xl font-semibold text-slate-900 tabular-nums sm:text-2xl">
                {bySeverity[s]}
              </span>
              <span className="text-xs text-slate-600 max-sm:sr-only">
                affected {bySeverity[s] === 1 ? 'object' : 'objects'}
              </span>
            </button>
          </li>
        ))}
      </ul>

      <form
        role="search"
        aria-label="Filter problems"
        className="mb-4 grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4 lg:grid-cols-3 xl:grid-cols-6"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label="Severity"
          value={search.severity ?? ''}
          onChange={(e) =>
            onSearchChange({ severity: (e.target.value || undefined) as Severity | undefined })
          }
        >
          <option value="">All severities</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityLabel[s]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Errors or warnings"
          value={search.kind ?? ''}
          onChange={(e) =>
            onSearchChange({
              kind: (e.target.value || undefined) as TriageSearch['kind'],
            })
          }
        >
          <option value="">Both</option>
          <option value="error">Errors only</option>
          <option value="warning">Warnings only</option>
        </SelectField>
        <FilterSelectField
          label="Problem"
          allLabel="All problems"
          value={search.code}
          options={codeOptions.map(([code, title]) => ({
            value: code,
            label: `${title} (${code})`,
          }))}
          onChange={(code) => onSearchChange({ code })}
        />
        <FilterSelectField
          label="Property"
          allLabel="All properties"
          value={search.property}
          options={properties.map((p) => ({ value: p, label: p }))}
          onChange={(property) => onSearchChange({ property })}
        />
        <FilterSelectField
          label="Device"
          allLabel="All devices"
          value={search.device}
          options={sortedDevices.map((d) => ({
            value: d.device_id,
            label: d.location?.location_name
              ? `${deviceName(d)} — ${d.location.location_name}`
              : deviceName(d),
          }))}
          onChange={(device) => onSearchChange({ device })}
          unknownLabel={(id) => `Unknown device (${id})`}
        />
        <SelectField
          label="Sort"
          value={search.sort}
          onChange={(e) => onSearchChange({ sort: e.target.value as TriageSearch['sort'] })}
        >
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </form>

      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <p role="status">
          {groups.length} {groups.length === 1 ? 'problem' : 'problems'} affecting{' '}
          {totalOccurrences} {totalOccurrences === 1 ? 'object' : 'objects'}
          {hasFilters ? ' (filtered)' : ''}
          {stillLoading
            ? ` — still loading codes from ${load.devicesLoadingCodes} of ${load.totalDevices} devices…`
            : ''}
        </p>
        {hasFilters ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() =>
              onSearchChange({
                severity: undefined,
                kind: undefined,
                code: undefined,
                device: undefined,
                property: undefined,
              })
            }
          >
            Clear filters
          </Button>
        ) : null}
      </div>

      {load.codeFailures.length > 0 ? (
        <div
          role="alert"
          className="mb-4 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
        >
          <p className="font-medium">
            Could not load the access codes of {load.codeFailures.length}{' '}
            {load.codeFailures.length === 1 ? 'device' : 'devices'}; their code problems are missing
            below.
          </p>
          <ul className="mt-2 space-y-1">
            {load.codeFailures.map((f) => {
              const d = devices.find((x) => x.device_id === f.deviceId)
              return (
                <li key={f.deviceId} className="flex flex-wrap items-center gap-2">
                  <span>
                    {d ? deviceName(d) : f.deviceId}:{' '}
                    {f.error instanceof Error ? f.error.message : 'Unknown error'}
                  </span>
                  <Button size="sm" onClick={f.retry}>
                    Retry
                  </Button>
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}

      {groups.length === 0 ? (
        stillLoading ? (
          <PageSkeleton label="Loading access codes" />
        ) : (
          <EmptyState title={hasFilters ? 'No problems match these filters' : 'Nothing to fix'}>
            {hasFilters
              ? 'Clear the filters to see every problem in the workspace.'
              : 'No device or access code in this workspace has an error or warning.'}
          </EmptyState>
        )
      ) : (
        <ol className="space-y-4" aria-label="Problems">
          {groups.map((g) => (
            <li key={g.key}>
              <IssueGroupCard group={g} loadRecentEvents={loadRecentEvents} />
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

function IssueGroupCard({
  group,
  loadRecentEvents,
}: {
  group: IssueGroup
  loadRecentEvents: (target: {
    deviceId?: string
    accessCodeId?: string
  }) => Promise<DiagnosticsEvent[]>
}) {
  const [showAll, setShowAll] = useState(false)
  const d = group.description
  const headingId = `issue-${group.kind}-${group.code}`
  const rows = showAll ? group.occurrences : group.occurrences.slice(0, PREVIEW_ROWS)
  const codesAffected = group.occurrences.filter((o) => o.subject === 'access_code').length
  const devicesAffected = group.occurrences.length - codesAffected
  const Icon = group.kind === 'error' ? AlertOctagon : AlertTriangle

  return (
    <article
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <header className="flex items-start justify-between gap-3 border-b border-slate-200 px-4 py-3">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={severityTone[d.severity]}>{severityLabel[d.severity]}</Badge>
            <Badge
              tone={group.kind === 'error' ? 'danger' : 'warning'}
              icon={<Icon aria-hidden="true" className="size-3.5" />}
            >
              {group.kind === 'error' ? 'Error' : 'Warning'}
            </Badge>
            <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs break-all text-slate-700">
              {group.code}
            </code>
          </div>
          <h2 id={headingId} className="mt-2 text-lg font-semibold text-slate-900">
            {d.title}
          </h2>
        </div>
        <div className="shrink-0 text-right text-sm text-slate-600">
          <p className="text-2xl font-semibold text-slate-900 tabular-nums">
            {group.occurrences.length}
          </p>
          <p>
            {[
              codesAffected ? `${codesAffected} ${codesAffected === 1 ? 'code' : 'codes'}` : '',
              devicesAffected
                ? `${devicesAffected} ${devicesAffected === 1 ? 'device' : 'devices'}`
                : '',
            ]
              .filter(Boolean)
              .join(', ')}
          </p>
          {group.latestAt ? (
            <p className="text-xs max-sm:hidden">Latest {formatWhen(group.latestAt)}</p>
          ) : null}
        </div>
      </header>
      <div className="grid gap-4 px-4 py-3 md:grid-cols-2">
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            What it means
          </h3>
          <p className="mt-1 text-sm text-slate-700">{d.explanation}</p>
        </div>
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            What to do
          </h3>
          <p className="mt-1 text-sm text-slate-700">{d.action}</p>
        </div>
      </div>
      <div className="overflow-x-auto border-t border-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Affected by {d.title}</caption>
          <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">
                Affected
              </th>
              <th scope="col" className="hidden px-4 py-2 sm:table-cell">
                Device
              </th>
              <th scope="col" className="hidden px-4 py-2 lg:table-cell">
                Property
              </th>
              <th scope="col" className="hidden px-4 py-2 md:table-cell">
                Since
              </th>
              <th scope="col" className="px-4 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((o) => (
              <tr key={o.key} className="align-top">
                <td className="px-4 py-2">
                  {o.subject === 'access_code' ? (
                    <>
                      <span className="font-medium text-slate-900">{o.name}</span>
                      <span className="block text-xs text-slate-500">
                        Access code · {o.accessCode?.status}
                      </span>
                    </>
                  ) : (
                    <>
                      <Link
                        to="/devices/$deviceId"
                        params={{ deviceId: o.deviceId }}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {o.name}
                      </Link>
                      <span className="block text-xs text-slate-500">Device</span>
                    </>
                  )}
                  <span className="mt-0.5 block text-xs text-slate-600 sm:hidden">
                    {o.subject === 'access_code' && o.device ? `on ${deviceName(o.device)}` : ''}
                    {o.location ? ` · ${o.location}` : ''}
                  </span>
                </td>
                <td className="hidden px-4 py-2 sm:table-cell">
                  {o.subject === 'access_code' ? (
                    <Link
                      to="/devices/$deviceId"
                      params={{ deviceId: o.deviceId }}
                      className="text-brand-700 hover:underline"
                    >
                      {o.device ? deviceName(o.device) : 'Unknown device'}
                    </Link>
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </td>
                <td className="hidden px-4 py-2 text-slate-700 lg:table-cell">
                  {o.location ?? '—'}
                </td>
                <td className="hidden px-4 py-2 whitespace-nowrap text-slate-600 md:table-cell">
                  {o.since ? <time dateTime={o.since}>{formatWhen(o.since)}</time> : '—'}
                </td>
                <td className="px-4 py-2">
                  <div className="flex flex-wrap justify-end gap-1">
                    <Link
                      to="/events"
                      search={
                        o.subject === 'access_code'
                          ? { code: o.accessCode!.access_code_id }
                          : { device: o.deviceId }
                      }
                      className="inline-flex h-8 items-center rounded-lg px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
                      aria-label={`History of ${o.name}`}
                    >
                      History
                    </Link>
                    <CopyDiagnosticsButton occurrence={o} loadRecentEvents={loadRecentEvents} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {group.occurrences.length > PREVIEW_ROWS ? (
        <div className="border-t border-slate-200 px-4 py-2">
          <Button size="sm" variant="ghost" onClick={() => setShowAll((v) => !v)}>
            {showAll ? 'Show fewer' : `Show all ${group.occurrences.length}`}
          </Button>
        </div>
      ) : null}
    </article>
  )
}
