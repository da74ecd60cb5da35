import { useQuery } from '@tanstack/react-query'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { AccessCode } from '@/api/schemas/access-code'
import { QueryErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { AccessCodeForm } from '@/features/access-codes/form/access-code-form'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'

const newRoute = getRouteApi('/access-codes/new')
const deviceNewRoute = getRouteApi('/devices/$deviceId/access-codes/new')

/** Loads the locks, then shows the form (only once they are there, so defaults are right). */
function NewAccessCodePage({
  preselected,
  window,
  onDone,
}: {
  preselected: string[]
  window?: { startsAt: string; endsAt: string } | undefined
  onDone: (saved: AccessCode[] | null) => void
}) {
  const devices = useQuery(devicesQueryOptions())
  const header = (
    <PageHeader
      title="New access code"
      description="Give someone a PIN for one lock, or one shared PIN for several."
    />
  )
  if (devices.isPending) return <PageSkeleton label="Loading locks" />
  if (devices.isError)
    return (
      <>
        {header}
        <QueryErrorState title="The locks could not be loaded" query={devices} />
      </>
    )
  const known = new Set(devices.data.map((d) => d.device_id))
  return (
    <>
      {header}
      <AccessCodeForm
        mode="create"
        devices={devices.data}
        defaultDeviceIds={preselected.filter((id) => known.has(id))}
        defaultWindow={window}
        onSaved={onDone}
        onCancel={() => onDone(null)}
      />
    </>
  )
}

/**
 * `/access-codes/new?deviceId=…&from=device`: the workspace-wide create, with a lock picker.
 * From a timeline: `&startsAt=…&endsAt=…` prefill the window, `from=property&propertyId=…` returns.
 */
export function AccessCodeNewRoute() {
  const { deviceId, from, propertyId, startsAt, endsAt } = newRoute.useSearch()
  const navigate = useNavigate()
  const window =
    startsAt && endsAt && Date.parse(endsAt) > Date.parse(startsAt)
      ? { startsAt, endsAt }
      : undefined
  return (
    <NewAccessCodePage
      preselected={deviceId ? [deviceId] : []}
      window={window}
      onDone={(saved) => {
        const back = from === 'device' && deviceId ? deviceId : undefined
        if (from === 'property' && propertyId)
          void navigate({ to: '/properties/$propertyId', params: { propertyId } })
        else if (back) void navigate({ to: '/devices/$deviceId', params: { deviceId: back } })
        else if (saved?.length === 1 && from === 'device')
          void navigate({ to: '/devices/$deviceId', params: { deviceId: saved[0]!.device_id } })
        else void navigate({ to: '/access-codes' })
      }}
    />
  )
}

/** `/devices/$deviceId/access-codes/new`: the lock is chosen already; back to its page after. */
export function DeviceAccessCodeNewRoute() {
  const { deviceId } = deviceNewRoute.useParams()
  const navigate = useNavigate()
  return (
    <NewAccessCodePage
      preselected={[deviceId]}
      onDone={() => void navigate({ to: '/devices/$deviceId', params: { deviceId } })}
    />
  )
}
