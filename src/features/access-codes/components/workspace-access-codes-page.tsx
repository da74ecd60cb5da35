import { useMemo } from 'react'
import type { Device } from '@/api/schemas/device'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { useThrottledValue } from '@/lib/use-throttled-value'
import { accessCodesSearch, type AccessCodesSearch } from '../access-codes-search'
import { useWorkspaceAccessCodes } from '../api/use-workspace-access-codes'
import { lockLabel } from '@/lib/devices/device-identity'
import { AccessCodesTable } from './access-codes-table'
import { DeviceLoadFailures } from './device-load-failures'
import { LiveUpdatesIndicator } from './live-updates-indicator'
import { ImportCodesLink } from './import-codes-link'
import { NewCodeLink } from './new-code-link'

const noDevices: Device[] = []

/**
 * Every access code in the workspace. Seam has no workspace-wide list, so codes load per lock
 * (at most 6 requests at once) and rows appear as each lock answers; a lock that fails shows its
 * own error and Retry without hiding the others. The view lives in the URL (`search`).
 */
export function WorkspaceAccessCodesPage({
  devices,
  devicesError,
  onRetryDevices,
  search,
  onSearchChange,
}: {
  /** The workspace's locks (from `devices/list`, owned by the route); undefined while loading. */
  devices: readonly Device[] | undefined
  devicesError?: unknown
  onRetryDevices?: () => void
  search: AccessCodesSearch
  onSearchChange: (next: AccessCodesSearch) => void
}) {
  const list = devices ?? noDevices
  const deviceIds = useMemo(() => list.map((d) => d.device_id), [list])
  const workspace = useWorkspaceAccessCodes(deviceIds)
  // While 250 locks answer one by one, rebuild the 10,000-row table (sort, facets) at most
  // every 400 ms instead of on every answer; the first answer and, once all locks have
  // answered, every change show at once.
  const codes = useThrottledValue(workspace.codes, 400, !workspace.isLoadingMore)
  const state = useMemo(() => accessCodesSearch.toTableState(search), [search])
  const byId = useMemo(() => new Map(list.map((d) => [d.device_id, d])), [list])

  const header = (
    <PageHeader
      title="Access codes"
      description={
        devices
          ? `${workspace.codes.length} code${workspace.codes.length === 1 ? '' : 's'} on ${list.length} lock${list.length === 1 ? '' : 's'}`
          : 'Every PIN code on every lock in the workspace'
      }
      actions={
        <>
          <ImportCodesLink />
          <NewCodeLink from="codes" />
        </>
      }
    />
  )

  if (devicesError && !devices) {
    return (
      <>
        {header}
        <ErrorState
          error={devicesError}
          title="The list of locks could not be loaded"
          onRetry={onRetryDevices}
        />
      </>
    )
  }

  // "No access codes yet" only once every lock has answered: the first locks may have none.
  const loadingDevices =
    !devices || workspace.isPending || (codes.length === 0 && workspace.isLoadingMore)
  return (
    <>
      {header}
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <LiveUpdatesIndicator loadedAt={workspace.dataUpdatedAt} />
        {devices && workspace.isLoadingMore ? (
          <div role="status" className="flex items-center gap-2 text-xs text-slate-600">
            <span>
              Loading codes from {workspace.loadedDevices + workspace.failures.length} of{' '}
              {workspace.totalDevices} locks…
            </span>
            <progress
              aria-label="Locks loaded"
              max={workspace.totalDevices}
              value={workspace.loadedDevices + workspace.failures.length}
              className="h-1.5 w-32 accent-brand-600"
            />
          </div>
        ) : null}
      </div>
      <DeviceLoadFailures
        failures={workspace.failures}
        deviceName={(id) => lockLabel(byId.get(id), id)}
      />
      <AccessCodesTable
        variant="workspace"
        codes={codes}
        devices={list}
        state={state}
        onStateChange={(next) => onSearchChange(accessCodesSearch.fromTableState(next))}
        caption="Access codes"
        loading={loadingDevices}
        incomplete={workspace.isLoadingMore}
        emptyState={
          <EmptyState
            title={list.length === 0 ? 'No locks in this workspace yet' : 'No access codes yet'}
          >
            {list.length === 0
              ? 'Connect a lock to start creating codes.'
              : 'Create a code to give a guest, cleaner or contractor access.'}
          </EmptyState>
        }
      />
    </>
  )
}
