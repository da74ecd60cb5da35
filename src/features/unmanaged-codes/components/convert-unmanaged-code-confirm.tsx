import { useState } from 'react'
import type { UnmanagedAccessCode } from '@/api/schemas/access-code'
import { Button } from '@/components/ui/button'
import { ErrorState } from '@/components/ui/error-state'
import { toast } from '@/lib/toast'
import { useConvertUnmanagedCode } from '../api/convert-unmanaged-code'
import { nameOf } from './unmanaged-code-format'

/**
 * The "convert to managed" step: what taking the code over means, and whether changes made outside
 * Seam stay allowed. The dialog closes only once Seam has accepted it.
 */
export function ConvertUnmanagedCodeConfirm({
  code,
  onDone,
}: {
  code: UnmanagedAccessCode
  onDone: () => void
}) {
  const convert = useConvertUnmanagedCode()
  const [allowExternal, setAllowExternal] = useState(false)
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault()
        convert.mutate(
          {
            access_code_id: code.access_code_id,
            device_id: code.device_id,
            is_external_modification_allowed: allowExternal,
          },
          {
            onSuccess: () => {
              toast.success(`“${nameOf(code)}” is now a managed code`)
              onDone()
            },
          },
        )
      }}
    >
      <p className="text-sm text-slate-700">
        Seam will take over this code: it appears in the access code tables, where you can rename,
        schedule or delete it. The digits on the lock do not change, so whoever uses it today can
        keep using it.
      </p>
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          className="mt-0.5 size-4 rounded border-slate-300"
          checked={allowExternal}
          onChange={(e) => setAllowExternal(e.target.checked)}
        />
        <span>
          Allow changes made outside Seam
          <span className="block text-xs text-slate-500">
            Otherwise a change at the keypad or in the manufacturer’s app is flagged as a problem.
          </span>
        </span>
      </label>
      {convert.isError ? <ErrorState title="Could not convert" error={convert.error} /> : null}
      <div className="flex justify-end gap-2">
        <Button onClick={onDone} disabled={convert.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={convert.isPending}>
          {convert.isPending ? 'Converting…' : 'Convert to managed'}
        </Button>
      </div>
    </form>
  )
}
