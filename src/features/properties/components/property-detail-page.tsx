import { useMemo, type ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { AlertOctagon, AlertTriangle, CheckCircle2 } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import { BackLink } from '@/components/ui/back-link'
import { NotFoundPage } from '@/components/ui/not-found-page'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { DeviceLink } from '@/components/ui/device-link'
import { PageHeader } from '@/components/ui/page-header'
import { RenderWhenNear } from '@/components/ui/render-when-near'
import { severityLabel } from '@/lib/catalogue/severity'
import { zoneAbbreviation } from '@/lib/time/format'
import { viewerTimeZone } from '@/lib/time/zones'
import {
  propertyProblems,
  summarizeProperty,
  triageFilterOf,
  type Property,
} from '../lib/properties'
import { StatusBreakdown } from './property-card'
import type { PresentStatus } from './status-view'

const backLink = <BackLink to="/properties">All properties</BackLink>

/** A property id that matches no location: say so kindly and offer the way back. */
export function PropertyNotFound({ propertyId }: { propertyId: string }) {
  return (
    <NotFoundPage
      list={{ to: '/properties', back: 'All properties', link: 'See all properties' }}
      title="Property not found"
      heading="No lock in this workspace is at this property"
      reason="Its locks may have moved to another location, or the link is wrong."
      idLabel="Property ID"
      id={propertyId}
    />
  )
}

const MAX_PROBLEMS = 25

function Problems({ property, codes }: { property: Property; codes: readonly AccessCode[] }) {
  const problems = useMemo(() => propertyProblems(property, codes), [property, codes])
  const shown = problems.slice(0, MAX_PROBLEMS)
  return (
    <Card
      title={`Problems (${problems.length})`}
      actions={
        problems.length > 0 ? (
          <Link
            to="/triage"
            search={{ ...triageFilterOf(property), sort: 'count' }}
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            Open in Triage
          </Link>
        ) : null
      }
    >
      {problems.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-slate-700">
          <CheckCircle2 aria-hidden="true" className="size-4 text-emerald-600" />
          No errors or warnings at this property.
        </p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100">
            {shown.map((p) => (
              <li key={p.key} className="flex flex-wrap items-start gap-x-3 gap-y-1 py-2 text-sm">
                {p.kind === 'error' ? (
                  <AlertOctagon aria-hidden="true" className="mt-0.5 size-4 text-red-600" />
                ) : (
                  <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 text-amber-600" />
                )}
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-slate-900">{p.title}</p>
                  <p className="text-slate-700">
                    {p.accessCodeId ? (
                      <>
                        Code{' '}
                        <Link
                          to="/access-codes/$accessCodeId/edit"
                          params={{ accessCodeId: p.accessCodeId }}
                          search={{ from: 'property', propertyId: property.id }}
                          className="text-brand-700 hover:underline"
                        >
                          {p.codeName}
                        </Link>{' '}
                        on{' '}
                      </>
                    ) : null}
                    <DeviceLink deviceId={p.deviceId}>{p.deviceName}</DeviceLink>
                  </p>
                </div>
                <Badge tone={p.kind === 'error' ? 'danger' : 'warning'}>
                  {p.kind === 'error' ? 'Error' : 'Warning'} · {severityLabel[p.severity]}
                </Badge>
              </li>
            ))}
          </ul>
          {problems.length > shown.length ? (
            <p className="mt-2 text-sm text-slate-600">
              And {problems.length - shown.length} more in Triage.
            </p>
          ) : null}
        </>
      )}
    </Card>
  )
}

/**
 * `/properties/$propertyId`: the property's numbers, its timeline and its locks (both composed by
 * the route from other features), and its open problems.
 */
export function PropertyDetailPage({
  property,
  codes,
  codesLoading,
  present,
  now,
  timelineSlot,
  locksSlot,
}: {
  property: Property
  codes: readonly AccessCode[]
  codesLoading: boolean
  present: PresentStatus
  now: number
  timelineSlot?: ReactNode
  locksSlot?: ReactNode
}) {
  const summary = useMemo(
    () => summarizeProperty(property, codes, now, viewerTimeZone()),
    [property, codes, now],
  )
  const zone = summary.timeZone
  return (
    <div>
      {backLink}
      <PageHeader
        title={property.name}
        description={`${zone} (${zoneAbbreviation(now, zone)}) · ${summary.locks.total} locks · ${summary.locks.online} online · ${summary.locks.offline} offline`}
      />
      <div className="mb-6 grid gap-4 lg:grid-cols-3">
        <Card title={`Access codes${codesLoading ? ' (loading…)' : ` (${summary.codes})`}`}>
          <StatusBreakdown
            codes={codes}
            present={present}
            label={`Access codes at ${property.name} by status`}
          />
        </Card>
        <Card title="Today">
          <p className="text-sm text-slate-700">
            {summary.checkIns} {summary.checkIns === 1 ? 'check-in' : 'check-ins'} ·{' '}
            {summary.checkOuts} {summary.checkOuts === 1 ? 'check-out' : 'check-outs'}
          </p>
          <p className="mt-1 text-xs text-slate-600">In {zone}</p>
        </Card>
        <Card title="Open problems">
          <p className="text-sm text-slate-700">
            {summary.problemsTotal === 0
              ? 'None'
              : (['critical', 'high', 'medium', 'low'] as const)
                  .filter((s) => summary.problems[s] > 0)
                  .map((s) => `${severityLabel[s]} ${summary.problems[s]}`)
                  .join(' · ')}
          </p>
        </Card>
      </div>
      {timelineSlot ? <div className="mb-6 min-w-0">{timelineSlot}</div> : null}
      {locksSlot ? (
        <section aria-labelledby="property-locks" className="mb-6 min-w-0">
          <h2 id="property-locks" className="mb-3 text-lg font-semibold text-slate-900">
            Locks
          </h2>
          {locksSlot}
        </section>
      ) : null}
      {/* Last on the page: its links are drawn when it comes near, not while the page loads. */}
      <RenderWhenNear label="Problems, drawn when scrolled into view" placeholderHeight={240}>
        <Problems property={property} codes={codes} />
      </RenderWhenNear>
    </div>
  )
}
