import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { randomUUID } from 'node:crypto'
import type { ValidationErrors } from '../../src/api/schemas/common'

/**
 * Answers in Seam's error envelope, so the SPA's one error path (and a person copying the
 * `request_id`) treats the dashboard's own refusals exactly like Seam's.
 */
export function envelope(
  c: Context,
  status: ContentfulStatusCode,
  type: string,
  message: string,
  extra: { validation_errors?: ValidationErrors } = {},
) {
  const requestId = randomUUID()
  c.header('seam-request-id', requestId)
  c.header('cache-control', 'no-store')
  return c.json({ ok: false, error: { type, message, request_id: requestId, ...extra } }, status)
}
