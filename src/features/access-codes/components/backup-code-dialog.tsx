import { LifeBuoy } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { Dialog } from '@/components/ui/dialog'
import { ErrorState } from '@/components/ui/error-state'
import type { AccessCodeRow } from '../lib/access-code-rows'
import { formatDateTime, zoneAbbreviation } from '@/lib/time/format'

export type BackupPull =
  | { status: 'pending' }
  | { status: 'success'; backup: AccessCode }
  | { status: 'error'; error: unknown }

function ValidityWindow({ backup, timeZone }: { backup: AccessCode; timeZone: string }) {
  if (!backup.starts_at || !backup.ends_at) return <p>Valid until it is removed from the lock.</p>
  const start = Date.parse(backup.starts_at)
  const end = Date.parse(backup.ends_at)
  return (
    <p>
      Valid from <time dateTime={backup.starts_at}>{formatDateTime(start, timeZone)}</time> to{' '}
      <time dateTime={backup.ends_at}>{formatDateTime(end, timeZone)}</time>{' '}
      {zoneAbbreviation(start, timeZone)} (lock time).
    </p>
  )
}

/** The result of one-click "Pull backup code": the code, large and copyable, with its window. */
export function BackupCodeDialog({
  target,
  pull,
  onClose,
  onRetry,
}: {
  target: AccessCodeRow | null
  pull: BackupPull | null
  onClose: () => void
  onRetry: () => void
}) {
  return (
    <Dialog
      open={target !== null && pull !== null}
      onClose={onClose}
      title="Backup code"
      description={target ? `For “${target.name}” on ${target.deviceName}` : undefined}
    >
      {!target || !pull ? null : pull.status === 'pending' ? (
        <p role="status" className="flex items-center gap-2 py-6 text-sm text-slate-700">
          <LifeBuoy aria-hidden="true" className="size-5 motion-safe:animate-spin" />
          Pulling a backup code from the lock’s pool…
        </p>
      ) : pull.status === 'error' ? (
        <div className="space-y-3">
          <ErrorState error={pull.error} title="No backup code was pulled" onRetry={onRetry} />
          <div className="flex justify-end">
            <Button onClick={onClose}>Close</Button>
          </div>
        </div>
      ) : (
        <div className="space-y-4">
          <div className="rounded-xl border border-brand-100 bg-brand-50 px-4 py-5 text-center">
            <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
              Backup code
            </p>
            <p
              aria-hidden="true"
              data-testid="backup-code"
              className="mt-1 font-mono text-5xl font-semibold tracking-[0.2em] text-slate-900 tabular-nums"
            >
              {pull.backup.code ?? '—'}
            </p>
            <p className="sr-only">
              {pull.backup.code
                ? `The backup code is ${pull.backup.code.split('').join(' ')}`
                : 'The backup code has not been assigned yet'}
            </p>
            {pull.backup.code ? (
              <div className="mt-3 flex justify-center">
                <CopyButton value={pull.backup.code} label="Copy backup code" variant="secondary">
                  Copy code
                </CopyButton>
              </div>
            ) : null}
          </div>
          <div className="space-y-1 text-sm text-slate-700">
            <ValidityWindow backup={pull.backup} timeZone={target.timeZone} />
            <p>
              It is already on the lock and replaces the original for this stay. The original row
              now shows <strong>Backup pulled</strong>.
            </p>
          </div>
          <div className="flex justify-end">
            <Button variant="primary" onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  )
}
