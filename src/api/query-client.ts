import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError } from './api-error'

const MAX_RETRIES = 3

/** No retry when the request itself is wrong (4xx); retry 5xx, 429 and network failures. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && (error.isClientError || error.kind === 'invalid_response')) return false
  return failureCount < MAX_RETRIES
}

/** Honour `Retry-After` when the server sent one; otherwise exponential backoff capped at 10 s. */
export function retryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) return error.retryAfterMs
  return Math.min(500 * 2 ** attempt, 10_000)
}

type Handlers = {
  onQueryError?: (error: unknown) => void
  onMutationError?: (error: unknown) => void
}

export function createQueryClient(handlers: Handlers = {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handlers.onQueryError?.(error) }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        // A mutation that shows its own errors (e.g. a form placing them on fields) opts out.
        if (mutation.meta?.['silent'] === true) return
        handlers.onMutationError?.(error)
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: 10_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  })
}
