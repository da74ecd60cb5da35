import { AlertOctagon, AlertTriangle, CheckCircle2 } from 'lucide-react'
import { dataTableColumnHelper } from '@/components/data-table/use-data-table'
import { DeviceLink } from '@/components/ui/device-link'
import type { Device } from '@/api/schemas/device'
import {
  deviceIssues,
  issueFacet,
  issueWeight,
  lockState,
  manufacturerKey,
} from '../lib/device-display'
import { BatteryStatus, LockStatus, OnlineStatus, ZonedTime } from './device-status'
import { deviceName, manufacturerLabel, modelLabel } from '@/lib/devices/device-identity'

/** One table row: the device plus what the route composed for it. */
export type DeviceRow = {
  device: Device
  /** Number of access codes on the lock; undefined until counts are known. */
  codeCount: number | undefined
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export function IssuesCell({ device }: { device: Device }) {
  const issues = deviceIssues(device)
  const first = issues[0]
  if (!first) {
    return (
      <span className="inline-flex items-center gap-1 text-slate-500">
        <CheckCircle2 aria-hidden="true" className="size-4 text-emerald-600" />
        No issues
      </span>
    )
  }
  const errors = device.errors.length
  const warnings = device.warnings.length
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs font-medium">
        {errors > 0 ? (
          <span className="inline-flex items-center gap-1 text-red-700">
            <AlertOctagon aria-hidden="true" className="size-3.5" />
            {plural(errors, 'error')}
          </span>
        ) : null}
        {warnings > 0 ? (
          <span className="inline-flex items-center gap-1 text-amber-800">
            <AlertTriangle aria-hidden="true" className="size-3.5" />
            {plural(warnings, 'warning')}
          </span>
        ) : null}
      </div>
      <p className="truncate text-sm text-slate-800" title={first.explanation}>
        {first.title}
        {first.createdAt ? (
          <>
            <span className="text-slate-500"> · since </span>
            <ZonedTime
              time={first.createdAt}
              timeZone={device.location?.timezone}
              relative
              className="text-slate-500"
            />
          </>
        ) : null}
      </p>
    </div>
  )
}

const col = dataTableColumnHelper<DeviceRow>()

/** The devices table's columns. Ids match the URL's `sort` and facet keys. */
export const devicesColumns = col.columns([
  col.accessor((r) => deviceName(r.device), {
    id: 'name',
    header: 'Name',
    sortFn: 'alphanumeric',
    meta: {
      width: '21rem',
      searchValue: (r) =>
        [
          deviceName(r.device),
          r.device.location?.location_name,
          r.device.device_id,
          r.device.properties.serial_number,
        ]
          .filter(Boolean)
          .join(' '),
    },
    cell: ({ row }) => {
      const device = row.original.device
      return (
        <div className="min-w-0">
          <DeviceLink
            deviceId={device.device_id}
            className="block truncate font-medium focus-visible:rounded focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {deviceName(device)}
          </DeviceLink>
          {device.location?.location_name ? (
            <p className="truncate text-xs text-slate-500">{device.location.location_name}</p>
          ) : null}
        </div>
      )
    },
  }),
  col.accessor((r) => manufacturerLabel(r.device), {
    id: 'manufacturer',
    header: 'Manufacturer',
    filterFn: 'facet',
    sortFn: 'text',
    meta: {
      width: '12rem',
      facetValue: (r) => manufacturerKey(r.device),
      searchValue: (r) => `${manufacturerLabel(r.device)} ${modelLabel(r.device) ?? ''}`,
    },
    cell: ({ row, getValue }) => {
      const model = modelLabel(row.original.device)
      const unknown = !row.original.device.properties.manufacturer
      return (
        <div className="min-w-0">
          <p className={unknown ? 'truncate text-slate-500 italic' : 'truncate'}>
            {getValue<string>()}
          </p>
          <p className="truncate text-xs text-slate-500">{model ?? 'Model not reported'}</p>
        </div>
      )
    },
  }),
  col.accessor((r) => (r.device.properties.online ? 'online' : 'offline'), {
    id: 'online',
    header: 'Status',
    filterFn: 'facet',
    enableGlobalFilter: false,
    meta: { width: '7.5rem' },
    cell: ({ row }) => <OnlineStatus online={row.original.device.properties.online} />,
  }),
  col.accessor(
    (r) => r.device.properties.battery_level ?? r.device.properties.battery?.level ?? undefined,
    {
      id: 'battery',
      header: 'Battery',
      sortFn: 'basic',
      sortUndefined: 'last',
      enableGlobalFilter: false,
      meta: { width: '9.5rem' },
      cell: ({ row }) => <BatteryStatus properties={row.original.device.properties} />,
    },
  ),
  col.accessor((r) => lockState(r.device), {
    id: 'lock',
    header: 'Lock',
    enableGlobalFilter: false,
    meta: { width: '8rem' },
    cell: ({ row }) => <LockStatus state={lockState(row.original.device)} />,
  }),
  col.accessor((r) => r.codeCount, {
    id: 'codes',
    header: 'Codes',
    sortFn: 'basic',
    sortUndefined: 'last',
    enableGlobalFilter: false,
    meta: { width: '6rem', label: 'Access codes', cellClassName: 'tabular-nums' },
    cell: ({ getValue }) => {
      const count = getValue<number | undefined>()
      return count === undefined ? (
        <span className="text-slate-400">
          <span aria-hidden="true">—</span>
          <span className="sr-only">Not loaded</span>
        </span>
      ) : (
        count
      )
    },
  }),
  col.accessor((r) => issueWeight(r.device), {
    id: 'issues',
    header: 'Issues',
    sortFn: 'basic',
    // Most troubled first on the first click.
    sortDescFirst: true,
    filterFn: 'facet',
    enableGlobalFilter: true,
    meta: {
      facetValue: (r) => issueFacet(r.device),
      searchValue: (r) =>
        deviceIssues(r.device)
          .map((i) => `${i.title} ${i.code}`)
          .join(' '),
    },
    cell: ({ row }) => <IssuesCell device={row.original.device} />,
  }),
])
