import type { UnmanagedAccessCode } from '@/api/schemas/access-code'
import { useCan } from '@/api/doorman-info'
import { HiddenPin } from '@/components/ui/hidden-pin'
import { deniedReason } from '@/lib/permissions'
import { nameOf } from './unmanaged-code-format'

/**
 * An unmanaged code's PIN, in the list and in its detail alike: masked behind the audited reveal
 * when the dashboard hid it (a role without `codes.reveal` is told why the button does
 * nothing), else as Seam gave it, or a dash when it has none.
 */
export function UnmanagedPin({
  code,
  plainClassName,
}: {
  code: UnmanagedAccessCode
  /** Classes of the PIN shown as it is (not hidden). */
  plainClassName?: string
}) {
  const canReveal = useCan('codes.reveal')
  if (!code.doorman_code_hidden) return <span className={plainClassName}>{code.code ?? '—'}</span>
  return (
    <HiddenPin
      accessCodeId={code.access_code_id}
      name={nameOf(code)}
      unmanaged
      deniedReason={canReveal ? null : deniedReason('codes.reveal')}
    />
  )
}
