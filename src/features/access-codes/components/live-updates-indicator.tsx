import { AlertTriangle, Radio } from 'lucide-react'
import { RequestId } from '@/components/ui/error-state'
import { useNow } from '@/lib/use-now'
import {
  useDocumentVisible,
  usePollState,
  useTransitionalCount,
} from '../api/use-access-code-poller'

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 60) return `${s} s ago`
  const m = Math.round(s / 60)
  if (m < 60) return `${m} min ago`
  return `${Math.round(m / 60)} h ago`
}

/**
 * "Live · watching 3 codes · updated 4 s ago", and a non-blocking warning while polls fail.
 * `loadedAt` is when the table's lists arrived, used before the first poll.
 */
export function LiveUpdatesIndicator({ loadedAt }: { loadedAt: number }) {
  const poll = usePollState()
  const watching = useTransitionalCount()
  const visible = useDocumentVisible()
  // Once a second, in this small component only: the "updated 4 s ago" count, not the table.
  const now = useNow(1000)
  const updatedAt = Math.max(poll?.lastSuccessAt ?? 0, loadedAt)
  const failure = watching > 0 ? (poll?.failure ?? null) : null
  const failing = failure !== null
  const pausedOrHidden = failing || !visible

  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
        <Radio
          aria-hidden="true"
          className={watching > 0 && !pausedOrHidden ? 'size-3.5 text-emerald-600' : 'size-3.5'}
        />
        <span>
          {watching === 0
            ? 'All codes settled'
            : failing
              ? `Live updates paused (${watching} changing)`
              : !visible
                ? `Live updates paused while this tab is hidden (${watching} changing)`
                : `Live: watching ${watching} changing code${watching === 1 ? '' : 's'}`}
        </span>
        {updatedAt > 0 ? (
          <span>
            · Updated{' '}
            <time dateTime={new Date(updatedAt).toISOString()}>{ago(now - updatedAt)}</time>
          </span>
        ) : null}
      </p>
      {failure ? (
        <div
          role="status"
          className="flex flex-wrap items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-700" />
          <div className="min-w-0 flex-1">
            <p className="font-medium">Live updates paused — retrying</p>
            <p className="text-xs break-words">
              {failure.message}. Statuses shown may be out of date; they will refresh by themselves
              when the server answers again.
            </p>
            <RequestId requestId={failure.requestId} className="mt-1" />
          </div>
        </div>
      ) : null}
    </div>
  )
}
