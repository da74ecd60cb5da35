import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { AlertOctagon, AlertTriangle, CheckCircle2, KeyRound } from 'lucide-react'
import { isApiError } from '@/api/api-error'
import type { Device } from '@/api/schemas/device'
import { BackLink } from '@/components/ui/back-link'
import { NotFoundPage } from '@/components/ui/not-found-page'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { CopyButton } from '@/components/ui/copy-button'
import { QueryErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { severityLabel } from '@/lib/catalogue/error-catalogue'
import { useDevice } from '../api/get-device'
import { deviceIssues, lockState, type DeviceIssue } from '../lib/device-display'
import { BatteryStatus, LockStatus, OnlineStatus, ZonedTime } from './device-status'
import {
  backupPoolSupport,
  deviceName,
  locationName,
  manufacturerLabel,
  modelLabel,
} from '@/lib/devices/device-identity'

const linkButton =
  'inline-flex h-10 items-center gap-2 rounded-lg bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600'

function IssueItem({ issue, timeZone }: { issue: DeviceIssue; timeZone: string | undefined }) {
  const isError = issue.kind === 'error'
  const Icon = isError ? AlertOctagon : AlertTriangle
  return (
    <li
      className={
        isError
          ? 'rounded-lg border border-red-200 bg-red-50/60 p-4'
          : 'rounded-lg border border-amber-200 bg-amber-50/60 p-4'
      }
    >
      <div className="flex items-start gap-3">
        <Icon
          aria-hidden="true"
          className={isError ? 'mt-0.5 size-5 text-red-600' : 'mt-0.5 size-5 text-amber-600'}
        />
        <div className="min-w-0 flex-1 space-y-1.5">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold text-slate-900">{issue.title}</h3>
            <Badge tone={isError ? 'danger' : 'warning'}>
              {isError ? 'Error' : 'Warning'} · {severityLabel[issue.severity]}
            </Badge>
          </div>
          <p className="text-sm text-slate-800">{issue.explanation}</p>
          <p className="text-sm text-slate-800">
            <span className="font-semibold">What to do: </span>
            {issue.action}
          </p>
          <p className="flex flex-wrap gap-x-3 text-xs text-slate-600">
            <code className="font-mono">{issue.code}</code>
            {issue.message ? <span>Seam: “{issue.message}”</span> : null}
            {issue.createdAt ? (
              <span>
                Since <ZonedTime time={issue.createdAt} timeZone={timeZone} />
              </span>
            ) : null}
          </p>
        </div>
      </div>
    </li>
  )
}

function Property({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 py-2 text-sm max-sm:grid-cols-1 max-sm:gap-0.5">
      <dt className="text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  )
}

const notReported = <span className="text-slate-500">Not reported</span>

function Properties({ device }: { device: Device }) {
  const p = device.properties
  const zone = device.location?.timezone
  return (
    <dl className="divide-y divide-slate-100">
      <Property label="Manufacturer">
        {p.manufacturer ? manufacturerLabel(device) : 'Unknown manufacturer'}
      </Property>
      <Property label="Model">{modelLabel(device) ?? notReported}</Property>
      <Property label="Serial number">{p.serial_number ?? notReported}</Property>
      <Property label="Location">{locationName(device) ?? notReported}</Property>
      <Property label="Time zone">{zone ?? 'Not set (times shown in your zone)'}</Property>
      <Property label="Code lengths">
        {p.supported_code_lengths?.length
          ? `${p.supported_code_lengths.join(', ')} digits`
          : notReported}
      </Property>
      <Property label="Max active codes">{p.max_active_codes_supported ?? notReported}</Property>
      <Property label="Backup code pool">
        {backupPoolSupport(device) === undefined
          ? notReported
          : backupPoolSupport(device)
            ? 'Supported'
            : 'Not supported'}
      </Property>
      <Property label="Added">
        <ZonedTime time={device.created_at} timeZone={zone} />
      </Property>
      <Property label="Device ID">
        <span className="inline-flex flex-wrap items-center gap-1">
          <code className="font-mono text-xs break-all">{device.device_id}</code>
          <CopyButton value={device.device_id} label="Copy device ID" />
        </span>
      </Property>
    </dl>
  )
}

/**
 * One lock: status, every error and warning explained in plain language with a next step,
 * its properties, and slots the route fills with other features (codes, unmanaged count, events).
 */
export function DeviceDetailPage({
  deviceId,
  accessCodesSlot,
  timelineSlot,
  unmanagedCodesSlot,
  recentEventsSlot,
  headerActionsSlot,
}: {
  deviceId: string
  /** Links beside "Create access code" (e.g. the lock's history of changes). */
  headerActionsSlot?: ReactNode
  accessCodesSlot?: ReactNode
  /** The lock's schedule timeline, below its codes table. */
  timelineSlot?: ReactNode
  unmanagedCodesSlot?: ReactNode
  recentEventsSlot?: ReactNode
}) {
  const query = useDevice(deviceId)

  const back = <BackLink to="/devices">All devices</BackLink>

  if (query.isPending) return <PageSkeleton label="Loading device" />
  if (query.isError && !query.data) {
    if (isApiError(query.error) && query.error.type === 'device_not_found') {
      return (
        <NotFoundPage
          list={{ to: '/devices', back: 'All devices', link: 'Go to all devices' }}
          title="Device not found"
          heading="This lock is not in your workspace"
          reason="It may have been removed, or the link is wrong."
          idLabel="Device ID"
          id={deviceId}
        />
      )
    }
    return (
      <div>
        {back}
        <QueryErrorState title="Could not load this device" query={query} />
      </div>
    )
  }

  const device = query.data
  const issues = deviceIssues(device)
  const zone = device.location?.timezone
  const subtitle = [manufacturerLabel(device), modelLabel(device), locationName(device)].filter(
    Boolean,
  )

  return (
    <div>
      {back}
      <PageHeader
        title={deviceName(device)}
        description={subtitle.join(' · ')}
        actions={
          <>
            {headerActionsSlot}
            <Link
              to="/devices/$deviceId/access-codes/new"
              params={{ deviceId: device.device_id }}
              className={linkButton}
            >
              <KeyRound aria-hidden="true" className="size-4" />
              Create access code
            </Link>
          </>
        }
      />
      <ul aria-label="Status" className="-mt-2 mb-6 flex flex-wrap gap-2">
        <li>
          <OnlineStatus online={device.properties.online} />
        </li>
        <li>
          <BatteryStatus properties={device.properties} />
        </li>
        <li>
          <LockStatus state={lockState(device)} />
        </li>
      </ul>

      {/* What people come to a lock for first: its problems, then its codes, on the first screen
          (issue #19); the schedule and the reference panels follow. The codes table needs the
          full width for its columns. */}
      <div className="space-y-6">
        <Card
          title={
            issues.length === 0
              ? 'Issues'
              : `Issues (${device.errors.length} ${device.errors.length === 1 ? 'error' : 'errors'}, ${device.warnings.length} ${device.warnings.length === 1 ? 'warning' : 'warnings'})`
          }
        >
          {issues.length === 0 ? (
            <p className="flex items-center gap-2 text-sm text-slate-700">
              <CheckCircle2 aria-hidden="true" className="size-4 text-emerald-600" />
              No errors or warnings. This lock is working normally.
            </p>
          ) : (
            <ul className="space-y-3">
              {issues.map((issue, i) => (
                <IssueItem key={`${issue.kind}-${issue.code}-${i}`} issue={issue} timeZone={zone} />
              ))}
            </ul>
          )}
        </Card>
        {accessCodesSlot ? <div className="min-w-0">{accessCodesSlot}</div> : null}
        {timelineSlot ? <div className="min-w-0">{timelineSlot}</div> : null}
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <Card title="Properties">
            <Properties device={device} />
          </Card>
          <div className="min-w-0 space-y-6">
            {unmanagedCodesSlot}
            {recentEventsSlot}
          </div>
        </div>
      </div>
    </div>
  )
}
