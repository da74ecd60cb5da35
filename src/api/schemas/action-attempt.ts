import * as z from 'zod/mini'

export const actionAttemptSchema = z.looseObject({
  action_attempt_id: z.string(),
  action_type: z.string(),
  status: z.enum(['pending', 'success', 'error']),
  result: z._default(z.nullable(z.unknown()), null),
  error: z._default(z.nullable(z.looseObject({ type: z.string(), message: z.string() })), null),
})
export type ActionAttempt = z.infer<typeof actionAttemptSchema>
