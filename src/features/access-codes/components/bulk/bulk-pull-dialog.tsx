import { useQueryClient } from '@tanstack/react-query'
import { LifeBuoy } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { pullBackupAccessCode, recordBackupPulled } from '../../api/pull-backup-access-code'
import type { AccessCodeRow } from '../../lib/access-code-rows'
import { BulkDialogFooter, lockSummary, plural, useBulkDialogRun } from './bulk-dialog-run'
import { BulkProgress, BulkResults } from './bulk-results'

/**
 * Pulls a backup code for each selected code that can have one (time-bound, on a lock with a
 * backup pool, not pulled yet), and lists every backup code. The PINs are shown only to a role
 * that may reveal PINs; a failure stays selected.
 */
export function BulkPullDialog({
  rows,
  open,
  showPins,
  onClose,
  onFinished,
}: {
  rows: readonly AccessCodeRow[]
  open: boolean
  /** Whether this role may see PINs (the server already refuses pulls to roles that may not). */
  showPins: boolean
  onClose: () => void
  onFinished: (failedIds: string[]) => void
}) {
  const queryClient = useQueryClient()
  const { state, close, run } = useBulkDialogRun<AccessCode>({ onClose, onFinished })
  const eligible = rows.filter((r) => r.backup.state === 'available')
  const skipped = rows.length - eligible.length
  const pullAll = () =>
    run(eligible, async (row) => {
      const backup = await pullBackupAccessCode(row.code.access_code_id)
      recordBackupPulled(queryClient, row.code, backup)
      return backup
    })

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Pull backup codes"
      description={
        eligible.length > 0
          ? `${plural(eligible.length, 'selected code')} can have a backup, on ${lockSummary(eligible)}.`
          : 'None of the selected codes can have a backup code.'
      }
    >
      <div className="space-y-4">
        {skipped > 0 ? (
          <p className="text-sm text-slate-700">
            {plural(skipped, 'selected code is', 'selected codes are')} left out: only time-bound
            codes on a lock with a backup pool, whose backup was not pulled yet, can have one.
          </p>
        ) : null}
        {state.phase !== 'idle' ? (
          <>
            <BulkProgress state={state} verb="Pulling" />
            <BulkResults
              rows={eligible}
              results={state.results}
              caption="Backup codes pulled"
              extra={{
                header: 'Backup code',
                cell: (backup) =>
                  !backup.code ? (
                    <span className="text-slate-600">Not assigned yet</span>
                  ) : showPins ? (
                    <span className="font-mono text-base tracking-wider text-slate-900">
                      {backup.code}
                    </span>
                  ) : (
                    <span className="text-slate-600">Hidden for your role</span>
                  ),
              }}
            />
          </>
        ) : null}
        <BulkDialogFooter
          state={state}
          onClose={close}
          confirm={
            <Button
              variant="primary"
              disabled={eligible.length === 0}
              onClick={() => void pullAll()}
            >
              <LifeBuoy aria-hidden="true" className="size-4" />
              Pull {plural(eligible.length, 'backup code')}
            </Button>
          }
        />
      </div>
    </Dialog>
  )
}
