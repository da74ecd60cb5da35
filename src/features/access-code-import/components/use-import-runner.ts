import { useCallback, useEffect, useRef, useState } from 'react'
import type { AccessCode } from '@/api/schemas/access-code'
import { runImport, type CreateCode, type RowResult, type RunItem } from '../lib/import-run'

export type ImportRunState = {
  /** Each sent row's latest result, by row number. */
  results: ReadonlyMap<number, RowResult>
  /** Rows in the current run (the whole import, or the retried rows). */
  total: number
  /** Rows of the current run that have a final result. */
  done: number
  running: boolean
}

const initial: ImportRunState = { results: new Map(), total: 0, done: 0, running: false }

/** Results arrive up to 4 at a time; the page redraws for them at most this often. */
const FLUSH_MS = 100

/**
 * Runs an import and keeps its results for the page. Results are gathered and applied in
 * batches, so 10,000 rows cost ~100 redraws a minute rather than 20,000.
 */
export function useImportRunner(create: CreateCode, onCreated: (code: AccessCode) => void) {
  const [state, setState] = useState<ImportRunState>(initial)
  const controller = useRef<AbortController | null>(null)
  const pending = useRef(new Map<number, RowResult>())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const flush = useCallback(() => {
    timer.current = null
    const batch = pending.current
    if (batch.size === 0) return
    pending.current = new Map()
    setState((prev) => {
      const results = new Map(prev.results)
      let done = prev.done
      for (const [row, result] of batch) {
        if (result.state !== 'sending') done += 1
        results.set(row, result)
      }
      return { ...prev, results, done }
    })
  }, [])

  useEffect(
    () => () => {
      // Leaving the page stops the rows not yet sent.
      controller.current?.abort()
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  const start = useCallback(
    async (items: readonly RunItem[]) => {
      const abort = new AbortController()
      controller.current = abort
      setState((prev) => ({ ...prev, total: items.length, done: 0, running: true }))
      await runImport(
        items,
        create,
        (row, result, code) => {
          if (code) onCreated(code)
          // A run left behind by "Choose another file" no longer reports to the page.
          if (controller.current !== abort) return
          pending.current.set(row, result)
          timer.current ??= setTimeout(flush, FLUSH_MS)
        },
        abort.signal,
      )
      if (controller.current !== abort) return
      if (timer.current) clearTimeout(timer.current)
      flush()
      setState((prev) => ({ ...prev, running: false }))
    },
    [create, onCreated, flush],
  )

  const cancel = useCallback(() => controller.current?.abort(), [])
  const reset = useCallback(() => {
    controller.current?.abort()
    controller.current = null
    pending.current = new Map()
    setState(initial)
  }, [])

  return { ...state, start, cancel, reset }
}
