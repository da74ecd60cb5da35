import { useMemo } from 'react'
import { RefreshButton } from '@/components/ui/refresh-button'
import { ExportCsvButton } from '@/components/data-table/export-csv-button'
import { auditCsvColumns } from '../lib/audit-csv'
import { emptyDataTableState, useDataTable } from '@/components/data-table/use-data-table'
import { VirtualDataTable } from '@/components/data-table/virtual-data-table'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { QueryErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { nameWithLocation } from '@/lib/devices/device-identity'
import { useAuditEntries, type AuditEntry } from '../api/list-audit-entries'
import type { AuditSearch } from '../audit-search'
import { hasAuditFilters } from '../lib/audit-filters'
import { withNames } from '../lib/audit-names'
import { auditColumns } from './audit-columns'
import { AuditFilters, type AuditOption } from './audit-filters'
import { NoAccess } from './no-access'
import { isForbidden, useAccess } from './use-access'

export type AuditLock = { deviceId: string; name: string; location?: string | undefined }

const getRowId = (entry: AuditEntry) => entry.id
const noEntries: AuditEntry[] = []
const keepState = () => {}

/** Options for a filter: what the app knows, plus what the log names, by label. */
function options(
  known: readonly AuditOption[],
  seen: Iterable<[string | null, string | null]>,
): AuditOption[] {
  const byValue = new Map(known.map((o) => [o.value, o]))
  for (const [value, label] of seen) {
    if (value && !byValue.has(value)) byValue.set(value, { value, label: label ?? value })
  }
  return [...byValue.values()].sort((a, b) => a.label.localeCompare(b.label))
}

/**
 * `/audit`: who did what to which lock and code, newest first. Filters live in the URL; "Load
 * older" pages back with the `before` cursor. Admins and managers only (the server enforces it).
 */
export function AuditPage({
  search,
  onSearchChange,
  locks,
}: {
  search: AuditSearch
  onSearchChange: (patch: Partial<AuditSearch>) => void
  /** Every lock in the workspace: names for the log and options for the lock filter. */
  locks: readonly AuditLock[]
}) {
  const access = useAccess('audit.read')
  const entries = useAuditEntries(search, { enabled: access.state === 'allowed' })
  const lockNames = useMemo(() => new Map(locks.map((l) => [l.deviceId, l.name])), [locks])
  const rows = useMemo(
    () => (entries.data ? withNames(entries.data.pages.flat(), lockNames) : noEntries),
    [entries.data, lockNames],
  )
  const table = useDataTable({
    data: rows,
    columns: auditColumns,
    state: emptyDataTableState,
    onStateChange: keepState,
    getRowId,
  })
  const actors = useMemo(() => [...new Set(rows.map((e) => e.actor_email))].sort(), [rows])
  const lockOptions = useMemo(
    () =>
      options(
        locks.map((l) => ({
          value: l.deviceId,
          label: nameWithLocation(l.name, l.location),
        })),
        rows.map((e) => [e.device_id, e.device_name]),
      ),
    [locks, rows],
  )
  const codeOptions = useMemo(
    () =>
      options(
        [],
        rows.map((e) => [e.access_code_id, e.access_code_name]),
      ),
    [rows],
  )

  const header = (
    <PageHeader
      title="Audit log"
      description="Every change to codes and accounts, every PIN revealed and every sign-in: who, when, from where, and what Seam answered. Newest first."
      actions={
        access.state === 'allowed' ? (
          <div className="flex flex-wrap gap-2">
            <ExportCsvButton
              table="audit_log"
              rows={() => rows}
              count={rows.length}
              columns={auditCsvColumns()}
              scope={`filters: ${JSON.stringify(search)}`}
              noun="entries"
              disabled={rows.length === 0}
            />
            <RefreshButton
              onRefresh={() => void entries.refetch()}
              refreshing={entries.isFetching}
              label="Refresh the audit log"
            />
          </div>
        ) : null
      }
    />
  )

  if (access.state === 'loading') return <PageSkeleton label="Loading the audit log" />
  if (access.state === 'denied' || (entries.isError && isForbidden(entries.error))) {
    return (
      <div>
        {header}
        <NoAccess what="read the audit log" permission="audit.read" role={access.role} />
      </div>
    )
  }

  const filtered = hasAuditFilters(search)
  return (
    <div>
      {header}
      <AuditFilters
        search={search}
        onSearchChange={onSearchChange}
        actors={actors}
        locks={lockOptions}
        codes={codeOptions}
      />
      {entries.isError && !entries.data ? (
        <QueryErrorState title="Could not load the audit log" query={entries} />
      ) : (
        <>
          {entries.isError ? (
            <p role="status" className="mb-2 text-sm text-amber-800">
              Refreshing failed ({entries.error.message}); showing the entries loaded before.
            </p>
          ) : null}
          {/* Outside the table: its cells are as wide as the table's minimum, not the screen. */}
          {!entries.isPending && rows.length === 0 ? (
            <EmptyState
              title={filtered ? 'No entries match these filters' : 'Nothing recorded yet'}
            >
              {filtered
                ? 'Try a wider time range or clear the filters.'
                : 'Changes to codes, revealed PINs and sign-ins will appear here.'}
            </EmptyState>
          ) : (
            <VirtualDataTable
              table={table}
              caption="Audit log, newest first"
              loading={entries.isPending}
              estimateRowHeight={76}
              // The details column takes what the fixed ones leave: at least ~20rem.
              minWidth="78rem"
              firstRowsMark="audit:first-rows"
            />
          )}
          <div className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
            <p role="status">
              {entries.isPending
                ? 'Loading entries…'
                : `Showing ${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}${entries.hasNextPage ? '' : rows.length > 0 ? ', back to the first one' : ''}.`}
            </p>
            {entries.hasNextPage ? (
              <Button
                onClick={() => void entries.fetchNextPage()}
                disabled={entries.isFetchingNextPage}
              >
                {entries.isFetchingNextPage ? 'Loading older entries…' : 'Load older entries'}
              </Button>
            ) : null}
          </div>
        </>
      )}
    </div>
  )
}
