import * as z from 'zod/mini'
import { asFastObject, isoDateTime } from './common'

/** An event from `events/list`. Payload keys vary by type, so unknown keys pass. */
export const seamEventSchema = asFastObject(
  z.looseObject({
    event_id: z.string(),
    event_type: z.string(),
    workspace_id: z.string(),
    created_at: isoDateTime,
    occurred_at: isoDateTime,
    device_id: z.optional(z.string()),
    access_code_id: z.optional(z.string()),
    connected_account_id: z.optional(z.string()),
    backup_access_code_id: z.optional(z.string()),
    code: z.optional(z.nullable(z.string())),
  }),
)
export type SeamEvent = z.infer<typeof seamEventSchema>
