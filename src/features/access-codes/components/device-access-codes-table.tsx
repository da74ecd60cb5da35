import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { emptyDataTableState, type DataTableState } from '@/components/data-table/use-data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { QueryErrorState } from '@/components/ui/error-state'
import {
  deviceAccessCodesFirstPageQueryOptions,
  FIRST_PAGE_SIZE,
  useDeviceAccessCodes,
} from '../api/list-access-codes'
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
  // While a long list loads, its first page (asked beside it) is already on screen. Sorting and
  // filters apply to what is shown; the whole list replaces it the moment it arrives.
  const firstPage = useQuery({
    ...deviceAccessCodesFirstPageQueryOptions(device.device_id),
    enabled: query.isPending,
  })
  const partial = query.isPending && firstPage.data?.length ? firstPage.data : undefined
  // A short first page is the whole list: nothing more to say about it.
  const more = (partial?.length ?? 0) >= FIRST_PAGE_SIZE
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
        <QueryErrorState title="The codes on this lock could not be loaded" query={query} />
      ) : (
        <>
          {query.isError ? (
            <QueryErrorState
              title="Could not refresh the codes; showing the last ones loaded"
              query={query}
            />
          ) : null}
          {more ? (
            <p role="status" className="text-sm text-slate-600">
              First {FIRST_PAGE_SIZE} codes shown; loading the rest…
            </p>
          ) : null}
          <AccessCodesTable
            variant="device"
            codes={query.data ?? partial ?? noCodes}
            devices={devices}
            state={state}
            onStateChange={setState}
            caption={`Access codes on ${deviceName(device)}`}
            loading={query.isPending && !partial}
            incomplete={more}
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
