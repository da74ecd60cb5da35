import { AlertTriangle, RotateCw } from 'lucide-react'
import { isApiError } from '@/api/api-error'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import type { DeviceLoadFailure } from '../api/use-workspace-access-codes'

/** One row per lock whose codes could not be loaded, each with its own Retry; the rest stay. */
export function DeviceLoadFailures({
  failures,
  deviceName,
}: {
  failures: readonly DeviceLoadFailure[]
  deviceName: (deviceId: string) => string
}) {
  if (failures.length === 0) return null
  return (
    <section
      aria-label="Locks whose codes could not be loaded"
      className="mb-3 rounded-xl border border-red-200 bg-red-50 text-sm text-red-950"
    >
      <h2 className="flex items-center gap-2 px-4 pt-3 font-semibold">
        <AlertTriangle aria-hidden="true" className="size-4 text-red-600" />
        Codes from {failures.length} lock{failures.length === 1 ? '' : 's'} could not be loaded
      </h2>
      <ul className="divide-y divide-red-200">
        {failures.map((f) => {
          const requestId = isApiError(f.error) ? f.error.requestId : undefined
          const message = f.error instanceof Error ? f.error.message : 'Unknown error'
          const name = deviceName(f.deviceId)
          return (
            <li key={f.deviceId} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2">
              <span className="font-medium">{name}</span>
              <span className="min-w-0 flex-1 break-words text-red-900">{message}</span>
              {requestId ? (
                <span className="flex items-center gap-1 text-xs">
                  Request ID <code className="font-mono">{requestId}</code>
                  <CopyButton value={requestId} label={`Copy request ID for ${name}`} />
                </span>
              ) : null}
              <Button
                size="sm"
                onClick={f.retry}
                disabled={f.retrying}
                aria-label={`Retry loading codes for ${name}`}
              >
                <RotateCw
                  aria-hidden="true"
                  className={f.retrying ? 'size-4 motion-safe:animate-spin' : 'size-4'}
                />
                {f.retrying ? 'Retrying…' : 'Retry'}
              </Button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
