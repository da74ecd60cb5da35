import { useState } from 'react'
import { Link } from '@tanstack/react-router'
import { AlertOctagon, AlertTriangle } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { severityLabel } from '@/lib/catalogue/error-catalogue'
import { type DiagnosticsEvent, type IssueGroup } from '../lib/collect-issues'
import { CopyDiagnosticsButton } from './copy-diagnostics-button'
import { severityTone } from './severity-tone'
import { formatDateTime } from '@/lib/time/format'
import { deviceName } from '@/lib/devices/device-identity'
import { TableHead } from '@/components/ui/table-head'
import { DeviceLink } from '@/components/ui/device-link'
import { Panel, PanelHeader } from '@/components/ui/panel'

/** The last events of one object, for the diagnostics bundle. */
export type LoadRecentEvents = (target: {
  deviceId?: string
  accessCodeId?: string
}) => Promise<DiagnosticsEvent[]>

/** How many affected objects a group lists before "Show all", so a big group does not bury the rest. */
const PREVIEW_ROWS = 8

/** At the lock's zone for one occurrence; a group spans locks, so its latest time is the viewer's. */
const formatWhen = (iso: string | undefined, timeZone?: string) =>
  (iso && formatDateTime(iso, timeZone, { zoneName: true })) || '—'

/**
 * One problem (an error or warning code): what it means, what to do, and every device or access
 * code it affects, with links to each one's history and a diagnostics bundle to copy.
 */
export function IssueGroupCard({
  group,
  loadRecentEvents,
}: {
  group: IssueGroup
  loadRecentEvents: LoadRecentEvents
}) {
  const [showAll, setShowAll] = useState(false)
  const d = group.description
  const headingId = `issue-${group.kind}-${group.code}`
  const rows = showAll ? group.occurrences : group.occurrences.slice(0, PREVIEW_ROWS)
  const codesAffected = group.occurrences.filter((o) => o.subject === 'access_code').length
  const devicesAffected = group.occurrences.length - codesAffected
  const Icon = group.kind === 'error' ? AlertOctagon : AlertTriangle

  return (
    <Panel as="article" headingId={headingId}>
      <PanelHeader as="header" className="flex items-start justify-between gap-3">
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
      </PanelHeader>
      <div className="grid gap-4 px-4 py-3 md:grid-cols-2">
        {(
          [
            ['What it means', d.explanation],
            ['What to do', d.action],
          ] as const
        ).map(([heading, text]) => (
          <div key={heading}>
            <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              {heading}
            </h3>
            <p className="mt-1 text-sm text-slate-700">{text}</p>
          </div>
        ))}
      </div>
      <div className="overflow-x-auto border-t border-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Affected by {d.title}</caption>
          <TableHead
            columns={[
              { label: 'Affected' },
              { label: 'Device', className: 'hidden sm:table-cell' },
              { label: 'Property', className: 'hidden lg:table-cell' },
              { label: 'Since', className: 'hidden md:table-cell' },
              { label: 'Actions', visuallyHidden: true },
            ]}
          />
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
                      <DeviceLink deviceId={o.deviceId} className="font-medium">
                        {o.name}
                      </DeviceLink>
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
                    <DeviceLink deviceId={o.deviceId}>
                      {o.device ? deviceName(o.device) : 'Unknown device'}
                    </DeviceLink>
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </td>
                <td className="hidden px-4 py-2 text-slate-700 lg:table-cell">
                  {o.location ?? '—'}
                </td>
                <td className="hidden px-4 py-2 whitespace-nowrap text-slate-600 md:table-cell">
                  {o.since ? (
                    <time dateTime={o.since}>
                      {formatWhen(o.since, o.device?.location?.timezone)}
                    </time>
                  ) : (
                    '—'
                  )}
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
    </Panel>
  )
}
