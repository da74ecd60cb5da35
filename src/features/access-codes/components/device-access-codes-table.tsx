import { useMemo, useState } from 'react'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { emptyDataTableState, type DataTableState } from '@/components/data-table/use-data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { useDeviceAccessCodes } from '../api/list-access-codes'
import { AccessCodesTable } from './access-codes-table'
import { LiveUpdatesIndicator } from './live-updates-indicator'
import { NewCodeLink } from './new-code-link'
import { deviceName } from '@/lib/devices/device-identity'

const noCodes: AccessCode[] = []

/**
 * One lock's access codes, for its detail page. Reads the same cache entry as the workspace
 * table, so the app-wide poller updates both. The view (sort, search, filters) is local unless
 * the page passes `state`/`onStateChange` (e.g. to keep it in its URL).
 */
export function DeviceAccessCodesTable({
  device,
  state: controlledState,
  onStateChange,
  showNewCodeButton = true,
}: {
  device: Device
  /** Pass false when the page already offers "Create access code" for this lock. */
  showNewCodeButton?: boolean
  state?: DataTableState
  onStateChange?: (next: DataTableState) => void
}) {
  const query = useDeviceAccessCodes(device.device_id)
  const [localState, setLocalState] = useState<DataTableState>(emptyDataTableState)
  const state = controlledState ?? localState
  const setState = onStateChange ?? setLocalState
  const headingId = `access-codes-${device.device_id}`
  const devices = useMemo(() => [device], [device])

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            Access codes
          </h2>
          {query.data ? <LiveUpdatesIndicator loadedAt={query.dataUpdatedAt} /> : null}
        </div>
        {showNewCodeButton ? <NewCodeLink deviceId={device.device_id} from="device" /> : null}
      </div>
      {query.isError && !query.data ? (
        <ErrorState
          error={query.error}
          title="The codes on this lock could not be loaded"
          onRetry={() => void query.refetch()}
        />
      ) : (
        <>
          {query.isError ? (
            <ErrorState
              error={query.error}
              title="Could not refresh the codes; showing the last ones loaded"
              onRetry={() => void query.refetch()}
            />
          ) : null}
          <AccessCodesTable
            variant="device"
            codes={query.data ?? noCodes}
            devices={devices}
            state={state}
            onStateChange={setState}
            caption={`Access codes on ${deviceName(device)}`}
            loading={query.isPending}
            emptyState={
              <EmptyState title="No access codes on this lock">
                Create one to give a guest, cleaner or contractor access.
              </EmptyState>
            }
          />
        </>
      )}
    </section>
  )
}
