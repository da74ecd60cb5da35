import { listEventsInput } from '../../../src/api/schemas/read-inputs'
import { okRawList, type Sandbox, type SandboxApp } from '../context'
import { invalidInput } from '../errors'
import { parseInput } from '../input'
import { readRoute } from './route'

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
