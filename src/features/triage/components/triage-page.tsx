import { useMemo } from 'react'
import { RefreshButton } from '@/components/ui/refresh-button'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { ExportCsvButton } from '@/components/data-table/export-csv-button'
import { triageCsvColumns, triageCsvRows } from '../lib/triage-csv'
import { SEVERITIES, type Severity } from '@/lib/catalogue/error-catalogue'
import { deviceName } from '@/lib/devices/device-identity'
import { collectOccurrences, filterAndSortGroups, groupOccurrences } from '../lib/collect-issues'
import type { TriageSearch } from '../triage-search'
import { IssueGroupCard, type LoadRecentEvents } from './issue-group-card'
import { SeverityCards } from './severity-cards'
import { TriageFilters } from './triage-filters'

export type TriageLoadState = {
  devicesError?: unknown
  /** Devices whose codes are still loading / could not be loaded. */
  devicesLoadingCodes: number
  totalDevices: number
  codeFailures: readonly { deviceId: string; error: unknown; retry: () => void }[]
}

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
  loadRecentEvents: LoadRecentEvents
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
    search.property !== undefined ||
    search.unassigned !== undefined
  const stillLoading = load.devicesLoadingCodes > 0

  return (
    <div>
      <PageHeader
        title="Triage"
        description="Everything that is wrong with locks and access codes, grouped by problem, with what to do about it."
        actions={
          <div className="flex flex-wrap gap-2">
            <ExportCsvButton
              table="triage"
              rows={() => triageCsvRows(groups)}
              count={totalOccurrences}
              columns={triageCsvColumns}
              scope={`filters: ${JSON.stringify(search)}`}
              noun="affected objects"
            />
            <RefreshButton onRefresh={onRefresh} refreshing={isRefreshing} />
          </div>
        }
      />

      <SeverityCards
        counts={bySeverity}
        selected={search.severity}
        onSelect={(severity) => onSearchChange({ severity })}
      />

      <TriageFilters
        search={search}
        onSearchChange={onSearchChange}
        devices={devices}
        allGroups={allGroups}
      />

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
                unassigned: undefined,
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
