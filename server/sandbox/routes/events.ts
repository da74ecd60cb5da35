import { z } from 'zod'
import { instantSchema } from '../../../src/api/schemas/access-code-inputs'
import { okRawList, type Sandbox, type SandboxApp } from '../context'
import { invalidInput } from '../errors'
import { parseInput } from '../input'
import { readRoute } from './route'

const listEventsInput = z.object({
  device_id: z.string().min(1).optional(),
  device_ids: z.array(z.string().min(1)).max(1000).optional(),
  access_code_id: z.string().min(1).optional(),
  access_code_ids: z.array(z.string().min(1)).max(1000).optional(),
  event_type: z.string().min(1).optional(),
  event_types: z.array(z.string().min(1)).max(100).optional(),
  since: z.optional(instantSchema),
  between: z
    .array(instantSchema)
    .length(2, { message: 'between takes exactly two instants' })
    .optional(),
  limit: z.number().int().positive().max(10_000).optional(),
})

export function registerEventRoutes(app: SandboxApp, sb: Sandbox) {
  readRoute(app, '/events/list', (raw, c) => {
    const q = parseInput(listEventsInput, raw)
    // Seam requires a window, and its SDKs make `since` mandatory. The same checks, messages and
    // shape (a top-level issue, so `validation_errors: { _errors: [message] }`) as Seam's fake.
    if (q.since === undefined && q.between === undefined)
      throw invalidInput([{ path: [], message: 'Must specify either since or between' }])
    if (q.since !== undefined && q.between !== undefined)
      throw invalidInput([{ path: [], message: 'Cannot specify both since and between' }])
    const types = [...(q.event_types ?? []), ...(q.event_type ? [q.event_type] : [])]
    const events = sb.store.listEventsJson({
      device_id: q.device_id,
      device_ids: q.device_ids,
      access_code_id: q.access_code_id,
      access_code_ids: q.access_code_ids,
      event_types: types.length ? types : undefined,
      since: q.since ? Date.parse(q.since) : q.between ? Date.parse(q.between[0]!) : undefined,
      until: q.between ? Date.parse(q.between[1]!) : undefined,
      limit: q.limit ?? 500,
    })
    return okRawList(c, 'events', events)
  })
}
