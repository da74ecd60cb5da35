import { z } from 'zod'
import { isoDateTime } from './common'

/** An event from `events/list`. Payload keys vary by type, so unknown keys pass. */
export const seamEventSchema = z.looseObject({
  event_id: z.string(),
  event_type: z.string(),
  workspace_id: z.string(),
  created_at: isoDateTime,
  occurred_at: isoDateTime,
  device_id: z.string().optional(),
  access_code_id: z.string().optional(),
  connected_account_id: z.string().optional(),
  backup_access_code_id: z.string().optional(),
  code: z.string().nullable().optional(),
})
export type SeamEvent = z.infer<typeof seamEventSchema>
