import { useQuery } from '@tanstack/react-query'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { QueryErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { accessCodeQueryOptions } from '@/features/access-codes/api/get-access-code'
import { AccessCodeForm } from '@/features/access-codes/form/access-code-form'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import { HistoryOfChangesLink } from '@/features/team/components/history-link'

const editRoute = getRouteApi('/access-codes/$accessCodeId/edit')

/**
 * `/access-codes/$accessCodeId/edit?from=device|codes|property&propertyId=…`: loads the code and its lock, then the form
 * (rendered only once both are there, so its defaults are the stored values). Back to where the
 * user came from after saving or cancelling.
 */
export function AccessCodeEditRoute() {
  const { accessCodeId } = editRoute.useParams()
  const { from, propertyId } = editRoute.useSearch()
  const navigate = useNavigate()
  // Fresh from the server: the form's defaults must be what is stored now, not a cached copy.
  const code = useQuery({ ...accessCodeQueryOptions(accessCodeId), staleTime: 0 })
  const devices = useQuery(devicesQueryOptions())

  const header = (
    <PageHeader
      title="Edit access code"
      description="Only the fields you change are sent."
      actions={<HistoryOfChangesLink accessCodeId={accessCodeId} />}
    />
  )
  if (code.isPending || devices.isPending) return <PageSkeleton label="Loading access code" />
  if (code.isError)
    return (
      <>
        {header}
        <QueryErrorState title="The access code could not be loaded" query={code} />
      </>
    )
  const accessCode = code.data
  const device = devices.data?.find((d) => d.device_id === accessCode.device_id)
  const goBack = () =>
    from === 'property' && propertyId
      ? void navigate({ to: '/properties/$propertyId', params: { propertyId } })
      : from === 'device'
        ? void navigate({ to: '/devices/$deviceId', params: { deviceId: accessCode.device_id } })
        : void navigate({ to: '/access-codes' })

  return (
    <>
      {header}
      {devices.isError ? (
        <div className="mb-4">
          <QueryErrorState
            title="The lock's details could not be loaded; its code rules and time zone are unknown"
            query={devices}
          />
        </div>
      ) : null}
      <AccessCodeForm
        // A different code (or a reload of it) starts from its stored values.
        key={accessCode.access_code_id}
        mode="edit"
        existing={accessCode}
        devices={device ? [device] : []}
        onSaved={goBack}
        onCancel={goBack}
      />
    </>
  )
}
