import pLimit from 'p-limit'
import { isApiError } from '@/api/api-error'
import type { AccessCode } from '@/api/schemas/access-code'
import type { CreateAccessCodeInput } from '@/api/schemas/access-code-inputs'

/**
 * Sends an import's rows: a few at a time (so 10,000 rows neither flood Seam nor take all day),
 * each result reported as it comes, and stoppable. Rows not started when cancelled are reported
 * as cancelled. Rows already sent are left to finish: aborting the request would not stop Seam
 * creating the code, only stop us hearing that it did.
 */

/** Requests in flight at once; Seam's rate limits are per workspace, the poller needs room too. */
export const IMPORT_CONCURRENCY = 4

export type RowResult =
  | { state: 'sending' }
  | { state: 'created'; accessCodeId: string }
  | { state: 'failed'; message: string; requestId: string | undefined }
  | { state: 'cancelled' }

export type RunItem = { rowNumber: number; request: CreateAccessCodeInput }

export type CreateCode = (input: CreateAccessCodeInput) => Promise<AccessCode>

export async function runImport(
  items: readonly RunItem[],
  create: CreateCode,
  onResult: (rowNumber: number, result: RowResult, code?: AccessCode) => void,
  signal: AbortSignal,
): Promise<void> {
  const limit = pLimit(IMPORT_CONCURRENCY)
  await Promise.all(
    items.map((item) =>
      limit(async () => {
        if (signal.aborted) return onResult(item.rowNumber, { state: 'cancelled' })
        onResult(item.rowNumber, { state: 'sending' })
        try {
          const code = await create(item.request)
          onResult(item.rowNumber, { state: 'created', accessCodeId: code.access_code_id }, code)
        } catch (error) {
          onResult(item.rowNumber, {
            state: 'failed',
            message: error instanceof Error ? error.message : String(error),
            requestId: isApiError(error) ? error.requestId : undefined,
          })
        }
      }),
    ),
  )
}
