import { useMemo } from 'react'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { viewerTimeZone } from '@/lib/time/zones'
import { groupProperties, summarizeProperty } from '../lib/properties'
import { PropertyCard } from './property-card'
import type { PresentStatus } from './status-view'

/**
 * `/properties`: one card per property (locks grouped by location name), so a manager sees at a
 * glance which building needs attention today. Locks and codes come from the route, which reads
 * the same cache as every table.
 */
export function PropertiesPage({
  devices,
  devicesError,
  onRetryDevices,
  codes,
  codesLoading,
  present,
  now,
}: {
  devices: readonly Device[] | undefined
  devicesError: unknown
  onRetryDevices: () => void
  codes: readonly AccessCode[]
  codesLoading: boolean
  present: PresentStatus
  now: number
}) {
  const properties = useMemo(() => groupProperties(devices ?? []), [devices])
  const viewer = viewerTimeZone()
  const summaries = useMemo(
    () => properties.map((p) => summarizeProperty(p, codes, now, viewer)),
    [properties, codes, now, viewer],
  )

  if (!devices && devicesError)
    return (
      <>
        <PageHeader title="Properties" />
        <ErrorState
          title="Could not load the locks"
          error={devicesError}
          onRetry={onRetryDevices}
        />
      </>
    )
  if (!devices) return <PageSkeleton label="Loading properties" />

  return (
    <div>
      <PageHeader
        title="Properties"
        description={`${properties.length} ${properties.length === 1 ? 'property' : 'properties'} · ${devices.length} locks · today's arrivals and departures in each property's own time zone`}
      />
      {properties.length === 0 ? (
        <EmptyState title="No locks yet">
          Connect a lock to your Seam workspace and its property will show up here.
        </EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {properties.map((p, i) => (
            <PropertyCard
              key={p.id}
              property={p}
              summary={summaries[i]!}
              codes={codes}
              codesLoading={codesLoading}
              present={present}
              now={now}
            />
          ))}
        </div>
      )}
    </div>
  )
}
