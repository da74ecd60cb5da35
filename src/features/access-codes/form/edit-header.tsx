import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { StatusBadge } from '../components/status-badge'
import { deviceName } from '@/lib/devices/device-identity'

/**
 * What editing shows instead of the lock picker: a code cannot move to another lock, so the lock
 * is read-only, with the code's status and why a code being removed can no longer be changed.
 */
export function EditHeader({
  device,
  existing,
  timeZone,
  now,
}: {
  /** The code's lock, when it could be loaded. */
  device: Device | undefined
  existing: AccessCode | undefined
  timeZone: string
  /** Taken once when the form mounted, so rendering stays pure (no `Date.now()` in render). */
  now: number
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        <p className="text-sm font-medium text-slate-900">Lock</p>
        <p className="mt-1 text-sm break-words text-slate-700">
          {device ? deviceName(device) : (existing?.device_id ?? 'Unknown lock')}
          {device?.location?.location_name ? (
            <span className="text-slate-500"> · {device.location.location_name}</span>
          ) : null}
        </p>
      </div>
      {existing ? (
        <p className="flex items-center gap-2 text-sm text-slate-700">
          Status <StatusBadge code={existing} timeZone={timeZone} now={now} />
        </p>
      ) : null}
      {existing?.status === 'removing' ? (
        <p className="w-full text-sm text-amber-800">
          This code is being removed from the lock, so it can no longer be changed.
        </p>
      ) : null}
    </div>
  )
}
