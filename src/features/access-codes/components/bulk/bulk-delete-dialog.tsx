import { useQueryClient } from '@tanstack/react-query'
import { Trash2 } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { upsertAccessCodes } from '../../api/access-code-cache'
import { deleteAccessCode } from '../../api/delete-access-code'
import type { AccessCodeRow } from '../../lib/access-code-rows'
import { BulkDialogFooter, lockSummary, plural, useBulkDialogRun } from './bulk-dialog-run'
import { BulkProgress, BulkResults } from './bulk-results'

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
  const { state, close, run } = useBulkDialogRun<undefined>({ onClose, onFinished })
  const locks = new Set(rows.map((r) => r.code.device_id)).size
  const deleteAll = () =>
    run(rows, async (row) => {
      await deleteAccessCode(row.code.access_code_id)
      upsertAccessCodes(queryClient, [{ ...row.code, status: 'removing' }])
      return undefined
    })

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
        <BulkDialogFooter
          state={state}
          onClose={close}
          confirm={
            <Button variant="danger" onClick={() => void deleteAll()}>
              <Trash2 aria-hidden="true" className="size-4" />
              Delete {plural(rows.length, 'code')}
            </Button>
          }
        />
      </div>
    </Dialog>
  )
}
