import * as z from 'zod/mini'
import { ApiError } from '@/api/api-error'
import { actionAttemptSchema } from '@/api/schemas/action-attempt'

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
