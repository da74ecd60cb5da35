import type { Hono } from 'hono'
import pLimit from 'p-limit'
import { randomUUID } from 'node:crypto'
import * as z from 'zod'
import { LIST_MANY_MAX_DEVICES } from '../../src/api/schemas/list-many'
import type { DashboardEnv } from './actor'
import { stripPins } from './pins'
import { BACKEND_FAILURES, callBackend, errorTypeOf, str, type Backend } from './proxy'
import { readInput, refuse } from './route-input'
import { SEAM_ROUTES } from './seam-routes'

/**
 * How many `access_codes/list` calls this dashboard has in flight to the backend at once, across
 * every list_many request. More than a browser's six; few enough not to trip Seam's rate limits.
 */
export const LIST_MANY_CONCURRENCY = 16

// The proxy's rule for `access_codes/list`, read from its table rather than copied, so the two
// cannot drift: the same permission, and (reads carry no audit action) no audit entry.
const LIST_POLICY = SEAM_ROUTES.get('access_codes/list')!

const listManyInput = z.object({
  device_ids: z.array(z.string().min(1).max(100)).min(1).max(LIST_MANY_MAX_DEVICES),
})

type Json = Record<string, unknown>
type LockError = { type: string; message: string; request_id: string }
type Entry =
  | { device_id: string; access_codes: unknown[] }
  | { device_id: string; status: number; error: LockError }

/**
 * `POST /api/_doorman/access_codes/list_many { device_ids }`: each lock's managed codes, as the
 * proxy would answer `access_codes/list { device_id }` for it, in one response (see
 * src/api/schemas/list-many.ts for why and for the answer's shape). Mounted under `/api/*`, so the
 * same-origin guard and the body cap apply as they do to the proxy.
 */
export function mountListManyRoute(app: Hono<DashboardEnv>, options: { backend: Backend }): void {
  const { backend } = options
  const limit = pLimit(LIST_MANY_CONCURRENCY)

  async function listOne(deviceId: string): Promise<Entry> {
    const answer = await callBackend(
      backend,
      'access_codes/list',
      JSON.stringify({ device_id: deviceId }),
    )
    if (typeof answer !== 'object') {
      const { status, type, message } = BACKEND_FAILURES[answer]
      return lockFailure(deviceId, status, type, message)
    }
    const codes = answer.json?.['access_codes']
    if (answer.status >= 300 || !Array.isArray(codes)) {
      const error = answer.json?.['error'] as Json | undefined
      return lockFailure(
        deviceId,
        answer.status,
        errorTypeOf(answer),
        str(error?.['message']) ?? `The Seam backend answered ${answer.status}`,
        str(error?.['request_id']) ?? answer.headers.get('seam-request-id') ?? undefined,
      )
    }
    // Only this lock's codes: Seam's fake answers a device_id with every lock's codes, which
    // over 250 locks would send each code 250 times.
    const mine = (codes as Json[]).filter((code) => code['device_id'] === deviceId)
    // As the proxy does for every list answer, whatever the role: PINs are only ever revealed
    // one at a time through the audited /_doorman/reveal_code.
    stripPins(mine)
    return { device_id: deviceId, access_codes: mine }
  }

  app.post('/api/_doorman/access_codes/list_many', async (c) => {
    const denied = refuse(c, LIST_POLICY.permission)
    if (denied) return denied
    const input = await readInput(c, listManyInput)
    if (input instanceof Response) return input
    const deviceIds = [...new Set(input.device_ids)]
    const lists = await Promise.all(deviceIds.map((id) => limit(() => listOne(id))))
    c.header('cache-control', 'no-store')
    return c.json({ ok: true, lists })
  })
}

function lockFailure(
  deviceId: string,
  status: number,
  type: string,
  message: string,
  requestId: string = randomUUID(),
): Entry {
  return { device_id: deviceId, status, error: { type, message, request_id: requestId } }
}
