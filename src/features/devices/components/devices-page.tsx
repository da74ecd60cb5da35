import { useMemo } from 'react'
import { Wifi, WifiOff } from 'lucide-react'
import { DataTableToolbar } from '@/components/data-table/data-table-toolbar'
import { ExportCsvButton } from '@/components/data-table/export-csv-button'
import { describeTableView } from '@/components/data-table/table-scope'
import { deviceCsvColumns } from '../lib/device-csv'
import { FacetFilter, type FacetOption } from '@/components/data-table/facet-filter'
import { issueFacetOptions } from '@/components/data-table/issue-facet-options'
import { useDataTable, type DataTableState } from '@/components/data-table/use-data-table'
import { VirtualDataTable } from '@/components/data-table/virtual-data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { QueryErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import type { Device } from '@/api/schemas/device'
import { useDevices } from '../api/list-devices'
import { devicesSearch, type DevicesSearch } from '../devices-search'
import { manufacturerKey } from '../lib/device-display'
import { devicesColumns, type DeviceRow } from './devices-columns'
import { manufacturerLabel } from '@/lib/devices/device-identity'

const onlineOptions: FacetOption[] = [
  { value: 'online', label: 'Online', icon: <Wifi aria-hidden="true" className="size-4" /> },
  { value: 'offline', label: 'Offline', icon: <WifiOff aria-hidden="true" className="size-4" /> },
]

const getRowId = (row: DeviceRow) => row.device.device_id
const noDevices: Device[] = []

/**
 * The devices table with its toolbar (search, facets, sort), over any list of locks: every lock
 * on the devices page, one property's locks on its page. The view is the caller's URL search.
 */
export function DevicesTable({
  devices: list,
  loading,
  search,
  onSearchChange,
  codeCounts,
  caption = 'Devices',
  searchLabel = 'Search devices',
}: {
  devices: readonly Device[]
  loading: boolean
  search: DevicesSearch
  onSearchChange: (next: DevicesSearch) => void
  codeCounts?: ReadonlyMap<string, number> | undefined
  caption?: string
  searchLabel?: string
}) {
  const rows = useMemo<DeviceRow[]>(
    () => list.map((device) => ({ device, codeCount: codeCounts?.get(device.device_id) })),
    [list, codeCounts],
  )
  const state = useMemo(() => devicesSearch.toTableState(search), [search])
  const onStateChange = (next: DataTableState) => onSearchChange(devicesSearch.fromTableState(next))
  const table = useDataTable({
    data: rows,
    columns: devicesColumns,
    state,
    onStateChange,
    getRowId,
  })

  const manufacturerOptions = useMemo<FacetOption[]>(() => {
    const labels = new Map<string, string>()
    for (const d of list) labels.set(manufacturerKey(d), manufacturerLabel(d))
    return [...labels]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label))
  }, [list])

  return (
    <>
      <DataTableToolbar
        table={table}
        state={state}
        onStateChange={onStateChange}
        searchLabel={searchLabel}
        searchPlaceholder="Search name, location, model…"
        itemNoun="devices"
        actions={
          <ExportCsvButton
            table="devices"
            rows={() => table.getRowModel().rows.map((r) => r.original)}
            count={table.getRowModel().rows.length}
            columns={deviceCsvColumns}
            scope={describeTableView(state)}
            noun="devices"
          />
        }
      >
        <FacetFilter column={table.getColumn('online')!} title="Status" options={onlineOptions} />
        <FacetFilter
          column={table.getColumn('manufacturer')!}
          title="Manufacturer"
          options={manufacturerOptions}
        />
        <FacetFilter
          column={table.getColumn('issues')!}
          title="Issues"
          options={issueFacetOptions}
        />
      </DataTableToolbar>
      <VirtualDataTable
        table={table}
        caption={caption}
        loading={loading}
        minWidth="66rem"
        emptyState={
          <EmptyState title="No devices yet">
            Connect a lock to your Seam workspace and it will show up here.
          </EmptyState>
        }
        noResultsState={
          <div className="space-y-1">
            <p className="font-medium text-slate-900">No devices match these filters</p>
            <p>Try a different search, or reset the filters.</p>
          </div>
        }
      />
    </>
  )
}

/**
 * Every lock in the workspace in one fast table. The view (search, sort, facets) is the route's
 * URL search: `search` in, `onSearchChange` out. Code counts are composed by the route.
 */
export function DevicesPage({
  search,
  onSearchChange,
  codeCounts,
}: {
  search: DevicesSearch
  onSearchChange: (next: DevicesSearch) => void
  /** Access codes per device id; devices missing from the map show "—". */
  codeCounts?: ReadonlyMap<string, number>
}) {
  const devices = useDevices()
  const list = devices.data ?? noDevices
  const offline = list.filter((d) => !d.properties.online).length
  const withErrors = list.filter((d) => d.errors.length > 0).length

  return (
    <div>
      <PageHeader
        title="Devices"
        description={
          devices.isSuccess
            ? `${list.length} locks · ${offline} offline · ${withErrors} with errors`
            : 'Every lock in this workspace'
        }
      />
      {devices.isError && !devices.data ? (
        <QueryErrorState title="Could not load devices" query={devices} />
      ) : (
        <DevicesTable
          devices={list}
          loading={devices.isPending}
          search={search}
          onSearchChange={onSearchChange}
          codeCounts={codeCounts}
        />
      )}
    </div>
  )
}
