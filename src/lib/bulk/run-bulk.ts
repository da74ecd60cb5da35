import pLimit from 'p-limit'

export type BulkOutcome<R> = { status: 'ok'; value: R } | { status: 'error'; error: unknown }

/** How many requests a bulk action has in flight at once: quick, and gentle on Seam's limits. */
export const BULK_CONCURRENCY = 4

/**
 * Runs `action` on every item, at most `concurrency` at a time. A failure never stops the
 * others: every item gets its own outcome (in the items' order), reported as it settles.
 */
export async function runBulk<T, R>(
  items: readonly T[],
  action: (item: T) => Promise<R>,
  options: {
    concurrency?: number
    onSettled?: (item: T, outcome: BulkOutcome<R>) => void
  } = {},
): Promise<BulkOutcome<R>[]> {
  const limit = pLimit(options.concurrency ?? BULK_CONCURRENCY)
  return Promise.all(
    items.map((item) =>
      limit(async (): Promise<BulkOutcome<R>> => {
        let outcome: BulkOutcome<R>
        try {
          outcome = { status: 'ok', value: await action(item) }
        } catch (error) {
          outcome = { status: 'error', error }
        }
        options.onSettled?.(item, outcome)
        return outcome
      }),
    ),
  )
}
