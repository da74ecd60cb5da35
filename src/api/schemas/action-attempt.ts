import { z } from 'zod'

export const actionAttemptSchema = z.looseObject({
  action_attempt_id: z.string(),
  action_type: z.string(),
  status: z.enum(['pending', 'success', 'error']),
  result: z.unknown().nullable().default(null),
  error: z.looseObject({ type: z.string(), message: z.string() }).nullable().default(null),
})
export type ActionAttempt = z.infer<typeof actionAttemptSchema>
