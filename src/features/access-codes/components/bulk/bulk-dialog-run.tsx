import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { useBulkRun, type BulkRunState } from '@/lib/bulk/use-bulk-run'
import type { AccessCodeRow } from '../../lib/access-code-rows'

const keyOf = (row: AccessCodeRow) => row.code.access_code_id

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** "Front door (4), Back door (1)": the locks a bulk action touches, most codes first. */
export function lockSummary(rows: readonly AccessCodeRow[]): string {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(row.deviceName, (counts.get(row.deviceName) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name} (${n})`)
    .join(', ')
}

/**
 * The run a bulk dialog shares: `close` is refused while the run is going (a half-done bulk
 * action must stay visible) and clears the results; `run` reports the ids that failed so they
 * stay selected.
 */
export function useBulkDialogRun<R>({
  onClose,
  onFinished,
}: {
  onClose: () => void
  onFinished: (failedIds: string[]) => void
}) {
  const { state, start, reset } = useBulkRun<AccessCodeRow, R>(keyOf)
  const close = () => {
    if (state.phase === 'running') return
    reset()
    onClose()
  }
  const run = async (rows: readonly AccessCodeRow[], action: (row: AccessCodeRow) => Promise<R>) =>
    onFinished(await start(rows, action))
  return { state, close, run }
}

/** Cancel + the action's button before the run; one Done button (disabled while running) after. */
export function BulkDialogFooter({
  state,
  onClose,
  confirm,
}: {
  state: BulkRunState<unknown>
  onClose: () => void
  confirm: ReactNode
}) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {state.phase === 'idle' ? (
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          {confirm}
        </>
      ) : (
        <Button variant="primary" onClick={onClose} disabled={state.phase === 'running'}>
          Done
        </Button>
      )}
    </div>
  )
}
