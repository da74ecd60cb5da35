import { Card } from '@/components/ui/card'
import { Skeleton } from '@/components/ui/skeleton'
import { useUnmanagedCodeCount } from '../api/count-unmanaged-codes'

/** How many codes on the lock were set outside Seam, and why that matters. */
export function UnmanagedCodeCount({ deviceId }: { deviceId: string }) {
  const count = useUnmanagedCodeCount(deviceId)
  return (
    <Card title="Unmanaged codes">
      {count.isPending ? (
        <div role="status">
          <span className="sr-only">Loading unmanaged codes…</span>
          <Skeleton className="h-5 w-40" />
        </div>
      ) : count.isError ? (
        <p className="text-sm text-slate-700">
          Could not count them: {count.error.message}{' '}
          <button
            type="button"
            onClick={() => void count.refetch()}
            className="font-medium text-brand-700 underline"
          >
            Try again
          </button>
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          <span className="text-2xl font-semibold text-slate-900 tabular-nums">{count.data}</span>{' '}
          {count.data === 1 ? 'code was' : 'codes were'} set on this lock outside Seam (on the
          keypad or in the manufacturer’s app).
        </p>
      )}
    </Card>
  )
}
