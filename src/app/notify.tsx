import { isApiError } from '@/api/api-error'
import { toast } from '@/lib/toast'

/** The global failure toast: Seam's message, and the request_id with a copy action for support. */
export function notifyError(error: unknown, title = 'That did not work') {
  const message = error instanceof Error ? error.message : String(error)
  const requestId = isApiError(error) ? error.requestId : undefined
  toast.error(title, {
    description: requestId ? `${message} (request ${requestId})` : message,
    duration: 10_000,
    action: requestId
      ? { label: 'Copy request ID', onClick: () => void navigator.clipboard.writeText(requestId) }
      : undefined,
  })
}
