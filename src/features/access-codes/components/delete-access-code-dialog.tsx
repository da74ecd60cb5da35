import { Trash2 } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { ErrorState } from '@/components/ui/error-state'
import { useDeleteAccessCode } from '../api/delete-access-code'
import type { AccessCodeRow } from '../lib/access-code-rows'

/**
 * Confirms a delete, naming the code and its lock. On confirm the row turns `removing` at once
 * and disappears when the lock confirms. A failure stays in the dialog with Seam's message and
 * request_id, and the row goes back to how it was.
 */
export function DeleteAccessCodeDialog({
  target,
  onClose,
}: {
  target: AccessCodeRow | null
  onClose: () => void
}) {
  const mutation = useDeleteAccessCode()
  const close = () => {
    mutation.reset()
    onClose()
  }
  const masked = target?.code.code ? `ending in ${target.code.code.slice(-2)}` : null
  return (
    <Dialog
      open={target !== null}
      onClose={close}
      title={target ? `Delete “${target.name}”?` : 'Delete access code?'}
      description={
        target
          ? `This removes the code${masked ? ` ${masked}` : ''} from ${target.deviceName}. Whoever has it will no longer be able to open the door.`
          : undefined
      }
    >
      {target ? (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            mutation.mutate(target.code, { onSuccess: close })
          }}
          className="space-y-4"
        >
          <p className="text-sm text-slate-700">
            The code shows as <strong>Removing</strong> until the lock confirms, then it disappears
            from this list. This cannot be undone; you can create a new code later.
          </p>
          {mutation.isError ? (
            <ErrorState error={mutation.error} title="The code was not deleted" />
          ) : null}
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={mutation.isPending}>
              <Trash2 aria-hidden="true" className="size-4" />
              {mutation.isPending ? 'Deleting…' : 'Delete code'}
            </Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  )
}
