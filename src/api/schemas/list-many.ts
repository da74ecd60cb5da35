import * as z from 'zod/mini'
import { accessCodeSchema } from './access-code'
import { errorEnvelopeSchema } from './common'

/**
 * `POST /api/_doorman/access_codes/list_many { device_ids }`: Doorman's own workspace-wide read.
 * Seam has no such route; the dashboard server asks Seam `access_codes/list { device_id }` for
 * each lock (many at a time, over kept-alive connections) and answers them in one response, so
 * the workspace page does not wait on 250 requests going six at a time over HTTP/1.1.
 *
 * The server checks the body against this cap (server/dashboard/list-many-route.ts); the SPA
 * never asks for more in one request.
 */
export const LIST_MANY_MAX_DEVICES = 500

/**
 * One lock's answer. Each lock answers on its own: a lock Seam refuses (rate limit, a lock that
 * has gone) carries Seam's error here, and the other locks' codes still arrive.
 */
const lockError = errorEnvelopeSchema.shape.error
export const listManyEntrySchema = z.union([
  z.object({ device_id: z.string(), access_codes: z.array(accessCodeSchema) }),
  z.object({
    device_id: z.string(),
    /** The HTTP status the proxy would have answered for this lock alone (504/502: no answer). */
    status: z.number(),
    error: lockError,
  }),
])
export type ListManyEntry = z.infer<typeof listManyEntrySchema>

export const listManyResponseSchema = z.object({ lists: z.array(listManyEntrySchema) })
