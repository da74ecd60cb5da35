import { Link } from '@tanstack/react-router'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { ErrorState } from '@/components/ui/error-state'
import { useDevices } from '../api/list-devices'

/** Placeholder list until the devices table lands (issue 5). */
export function DevicesPage() {
  const devices = useDevices()
  if (devices.isPending) return <PageSkeleton label="Loading devices" />
  if (devices.isError)
    return <ErrorState error={devices.error} onRetry={() => void devices.refetch()} />
  return (
    <div>
      <PageHeader title="Devices" description={`${devices.data.length} locks in this workspace`} />
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {devices.data.map((d) => (
          <li key={d.device_id} className="px-4 py-2">
            <Link
              to="/devices/$deviceId"
              params={{ deviceId: d.device_id }}
              className="text-brand-700 hover:underline"
            >
              {d.display_name || d.properties.name || d.device_id}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
