import { isApiError } from '@/api/api-error'
import { ErrorState, RequestId } from '@/components/ui/error-state'

/**
 * Why the last save (or code generation) failed. `onFields` says the server's messages were all
 * placed on their fields, so the panel only points at them instead of repeating them.
 */
export type SaveFailure = { error: unknown; title: string; onFields: boolean }

/** A failed save: Seam's message and request_id, above the buttons. */
export function SaveFailurePanel({ failure }: { failure: SaveFailure }) {
  const { error } = failure
  if (!failure.onFields) return <ErrorState error={error} title={failure.title} />
  const requestId = isApiError(error) ? error.requestId : undefined
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <p className="font-medium">{failure.title}: fix the marked fields and save again.</p>
      <RequestId requestId={requestId} className="mt-1" />
    </div>
  )
}
