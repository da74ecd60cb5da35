import { apiRequest } from '@/api/client'
import { ApiError } from '@/api/api-error'
import type { AccessCode } from '@/api/schemas/access-code'
import { listManyResponseSchema } from '@/api/schemas/list-many'

/**
 * `POST /api/_doorman/access_codes/list_many { device_ids }`: many locks' codes in one request
 * (the dashboard server asks Seam for each lock; see src/api/schemas/list-many.ts). Per lock: its
 * codes, or the {@link ApiError} Seam answered for that lock alone (every lock asked has one). A failure of the whole
 * request (refused, timed out) throws as any request does.
 */
export async function listAccessCodesForDevices(
  deviceIds: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, AccessCode[] | ApiError>> {
  const { lists } = await apiRequest(
    '_doorman/access_codes/list_many',
    { device_ids: deviceIds },
    listManyResponseSchema,
    { signal },
  )
  const byDevice = new Map<string, AccessCode[] | ApiError>()
  for (const entry of lists) {
    byDevice.set(
      entry.device_id,
      'access_codes' in entry
        ? entry.access_codes
        : new ApiError({
            type: entry.error.type,
            message: entry.error.message,
            status: entry.status,
            kind: 'api',
            requestId: entry.error.request_id,
          }),
    )
  }
  // A lock the answer left out fails on its own, as a wrong answer does.
  for (const id of deviceIds) {
    if (!byDevice.has(id))
      byDevice.set(
        id,
        new ApiError({
          type: 'invalid_response',
          kind: 'invalid_response',
          status: 200,
          message: `Unexpected response from the server: no list for lock ${id}`,
        }),
      )
  }
  return byDevice
}
