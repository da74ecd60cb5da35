import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'

/**
 * A change whose caller shows its own error (on the field, or in the dialog with Seam's message
 * and request_id), so no global toast, and whose answer goes straight into the cache: every view
 * shows it at once, without a refetch.
 */
export function useSilentMutation<TInput, TResult>(
  mutationFn: (input: TInput) => Promise<TResult>,
  writeToCache: (queryClient: QueryClient, result: TResult, input: TInput) => void,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    meta: { silent: true },
    onSuccess: (result, input) => writeToCache(queryClient, result, input),
  })
}
