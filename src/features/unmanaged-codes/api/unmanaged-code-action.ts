import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { ApiError } from '@/api/api-error'
import { apiRequest } from '@/api/client'
import { actionAttemptSchema } from '@/api/schemas/action-attempt'
import { EVENTS_KEY, unmanagedCodeKeys } from './unmanaged-code-keys'

/** Convert and delete answer with an action attempt (or, on some backends, nothing at all). */
export const actionResponseSchema = z.looseObject({
  action_attempt: z.optional(actionAttemptSchema),
})

/** An attempt that already failed is a failure of the request, with Seam's message. */
export function throwIfAttemptFailed(response: z.infer<typeof actionResponseSchema>): void {
  const attempt = response.action_attempt
  if (attempt?.status === 'error') {
    throw new ApiError({
      type: attempt.error?.type ?? 'action_attempt_failed',
      message: attempt.error?.message ?? 'The lock did not accept the change.',
      status: 200,
      kind: 'api',
    })
  }
}

/** `route` with `body`; an attempt that already failed throws (see throwIfAttemptFailed). */
export async function unmanagedCodeAction(route: string, body: Record<string, unknown>) {
  const response = await apiRequest(route, body, actionResponseSchema)
  throwIfAttemptFailed(response)
  return response
}

type UnmanagedCodeRef = { access_code_id: string; device_id: string }

/**
 * A change to one unmanaged code. The dialog shows its error itself, with the request id, so no
 * global toast. Afterwards the lock's unmanaged list and the events refetch, with `alsoRefetch`.
 */
export function useUnmanagedCodeChange<Input extends UnmanagedCodeRef>(
  mutationFn: (input: Input) => Promise<unknown>,
  options: {
    onSuccess: (queryClient: QueryClient, input: Input) => void
    alsoRefetch?: readonly (readonly unknown[])[]
  },
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    meta: { silent: true },
    onSuccess: (_data, input) => options.onSuccess(queryClient, input),
    onSettled: (_data, _error, input) =>
      Promise.all(
        [
          unmanagedCodeKeys.byDevice(input.device_id),
          EVENTS_KEY,
          ...(options.alsoRefetch ?? []),
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  })
}
