import type { UnmanagedAccessCode } from '@/api/schemas/access-code'
import { Button } from '@/components/ui/button'
import { ErrorState } from '@/components/ui/error-state'
import { toast } from '@/lib/toast'
import { useDeleteUnmanagedCode } from '../api/delete-unmanaged-code'
import { nameOf } from './unmanaged-code-format'

/**
 * The "delete from the lock" step: says which digits stop working, since this cannot be undone.
 * The dialog closes only once Seam has accepted it.
 */
export function DeleteUnmanagedCodeConfirm({
  code,
  onDone,
}: {
  code: UnmanagedAccessCode
  onDone: () => void
}) {
  const remove = useDeleteUnmanagedCode()
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {code.code ? (
          <>
            The code <span className="font-mono">{code.code}</span> will be removed
          </>
        ) : (
          <>This code will be removed</>
        )}{' '}
        from the lock and will stop opening the door. This cannot be undone.
      </p>
      {remove.isError ? <ErrorState title="Could not delete" error={remove.error} /> : null}
      <div className="flex justify-end gap-2">
        <Button onClick={onDone} disabled={remove.isPending}>
          Cancel
        </Button>
        <Button
          variant="danger"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(
              { access_code_id: code.access_code_id, device_id: code.device_id },
              {
                onSuccess: () => {
                  toast.success(`“${nameOf(code)}” was deleted from the lock`)
                  onDone()
                },
              },
            )
          }
        >
          {remove.isPending ? 'Deleting…' : 'Delete from lock'}
        </Button>
      </div>
    </div>
  )
}
