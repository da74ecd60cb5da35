import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { ErrorState } from '@/components/ui/error-state'

/** Per-route error boundary: the rest of the shell stays usable, and Retry reloads the route's data. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrorReset = useQueryErrorResetBoundary()
  return (
    <ErrorState
      title="This page could not be loaded"
      error={error}
      onRetry={() => {
        queryErrorReset.reset()
        reset()
        void router.invalidate()
      }}
    />
  )
}
