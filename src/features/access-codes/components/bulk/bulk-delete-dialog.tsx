import { useQueryClient } from '@tanstack/react-query'
import { Trash2 } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { useBulkRun } from '@/lib/bulk/use-bulk-run'
import { upsertAccessCodes } from '../../api/access-code-cache'
import { deleteAccessCode } from '../../api/delete-access-code'
import type { AccessCodeRow } from '../../lib/access-code-rows'
import { BulkProgress, BulkResults } from './bulk-results'

const keyOf = (row: AccessCodeRow) => row.code.access_code_id
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

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
 * Deletes the selected codes after one confirmation that names the count and the locks. Each
 * code turns `removing` as its delete is accepted; a failure leaves that code as it was, listed
 * with Seam's message and request_id, and still selected (`onFinished` gets the failed ids).
 */
export function BulkDeleteDialog({
  rows,
  open,
  onClose,
  onFinished,
}: {
  rows: readonly AccessCodeRow[]
  open: boolean
  onClose: () => void
  onFinished: (failedIds: string[]) => void
}) {
  const queryClient = useQueryClient()
  const { state, start, reset } = useBulkRun<AccessCodeRow, undefined>(keyOf)
  const locks = new Set(rows.map((r) => r.code.device_id)).size
  const close = () => {
    if (state.phase === 'running') return
    reset()
    onClose()
  }
  const run = async () => {
    const failed = await start(rows, async (row) => {
      await deleteAccessCode(row.code.access_code_id)
      upsertAccessCodes(queryClient, [{ ...row.code, status: 'removing' }])
      return undefined
    })
    onFinished(failed)
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title={`Delete ${plural(rows.length, 'code')} from ${plural(locks, 'lock')}?`}
      description={`On ${lockSummary(rows)}. Whoever has these codes will no longer be able to open the door.`}
    >
      <div className="space-y-4">
        {state.phase === 'idle' ? (
          <p className="text-sm text-slate-700">
            Each code shows as <strong>Removing</strong> until its lock confirms. This cannot be
            undone.
          </p>
        ) : (
          <>
            <BulkProgress state={state} verb="Deleting" />
            <BulkResults rows={rows} results={state.results} caption="Delete results" />
          </>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          {state.phase === 'idle' ? (
            <>
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
              <Button variant="danger" onClick={() => void run()}>
                <Trash2 aria-hidden="true" className="size-4" />
                Delete {plural(rows.length, 'code')}
              </Button>
            </>
          ) : (
            <Button variant="primary" onClick={close} disabled={state.phase === 'running'}>
              Done
            </Button>
          )}
        </div>
      </div>
    </Dialog>
  )
}
