import { useCallback, useState } from 'react'
import { runBulk, type BulkOutcome } from './run-bulk'

export type BulkRunState<R> = {
  phase: 'idle' | 'running' | 'finished'
  total: number
  done: number
  /** Each item's outcome by its key, as it settles. */
  results: ReadonlyMap<string, BulkOutcome<R>>
}

const idle: BulkRunState<never> = { phase: 'idle', total: 0, done: 0, results: new Map() }

/**
 * A bulk action's progress for a dialog: `start` runs it (bounded concurrency, a failure never
 * stops the rest) and resolves with the keys that failed; `state` says how far it is.
 */
export function useBulkRun<T, R>(keyOf: (item: T) => string) {
  const [state, setState] = useState<BulkRunState<R>>(idle)

  const start = useCallback(
    async (items: readonly T[], action: (item: T) => Promise<R>): Promise<string[]> => {
      setState({ phase: 'running', total: items.length, done: 0, results: new Map() })
      const outcomes = await runBulk(items, action, {
        onSettled: (item, outcome) =>
          setState((s) => ({
            ...s,
            done: s.done + 1,
            results: new Map(s.results).set(keyOf(item), outcome),
          })),
      })
      setState((s) => ({ ...s, phase: 'finished' }))
      return items.filter((_, i) => outcomes[i]!.status === 'error').map(keyOf)
    },
    [keyOf],
  )
  const reset = useCallback(() => setState(idle), [])
  return { state, start, reset }
}
