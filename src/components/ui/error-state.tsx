import { AlertTriangle, RotateCw } from 'lucide-react'
import { isApiError } from '@/api/api-error'
import { Button } from './button'
import { CopyButton } from './copy-button'

/** Seam's request_id of a failed call, with a copy button, for a support ticket; nothing without one. */
export function RequestId({
  requestId,
  className,
}: {
  requestId?: string | undefined
  className: string
}) {
  if (!requestId) return null
  return (
    <p className={`${className} flex flex-wrap items-center gap-1 text-xs`}>
      Request ID: <code className="font-mono">{requestId}</code>
      <CopyButton value={requestId} label="Copy request ID" />
    </p>
  )
}

/** Shows what went wrong, Seam's request_id to hand to support, and a retry. */
export function ErrorState({
  error,
  title = 'Something went wrong',
  onRetry,
}: {
  error: unknown
  title?: string
  onRetry?: () => void
}) {
  const message = error instanceof Error ? error.message : 'An unexpected error occurred.'
  const requestId = isApiError(error) ? error.requestId : undefined
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-5 text-red-900">
      <div className="flex items-start gap-3">
        <AlertTriangle aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-red-600" />
        <div className="min-w-0 flex-1">
          <h2 className="font-semibold">{title}</h2>
          <p className="mt-1 text-sm break-words">{message}</p>
          {isApiError(error) && error.type ? (
            <p className="mt-1 font-mono text-xs text-red-800">{error.type}</p>
          ) : null}
          <RequestId requestId={requestId} className="mt-2" />
          {onRetry ? (
            <Button className="mt-3" size="sm" onClick={onRetry}>
              <RotateCw aria-hidden="true" className="size-4" /> Try again
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  )
}

/** ErrorState for a query that failed: its error, and "Try again" refetches it. */
export function QueryErrorState({
  title,
  query,
}: {
  title: string
  query: { error: unknown; refetch: () => Promise<unknown> }
}) {
  return <ErrorState title={title} error={query.error} onRetry={() => void query.refetch()} />
}
