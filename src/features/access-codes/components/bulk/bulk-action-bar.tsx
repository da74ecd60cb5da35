import { useState } from 'react'
import { LifeBuoy, Trash2, X } from 'lucide-react'
import { useCan } from '@/api/doorman-info'
import { ExportCsvButton } from '@/components/data-table/export-csv-button'
import { Button } from '@/components/ui/button'
import type { ExportTable } from '@/lib/csv/export-tables'
import type { CsvColumn } from '@/lib/csv/csv-columns'
import { accessCodePins } from '../../lib/access-code-csv'
import type { AccessCodeRow } from '../../lib/access-code-rows'
import type { AccessCodeRowActions } from '../access-codes-table-context'
import { BulkDeleteDialog } from './bulk-delete-dialog'
import { BulkPullDialog } from './bulk-pull-dialog'
import type { CodeSelection } from './code-selection'

/**
 * What can be done with the selected codes: delete, pull backups, export; and "select all N
 * that match the filters". Shown only while something is selected. Buttons a role may not use
 * stay visible, disabled with the reason.
 */
export function BulkActionBar({
  selection,
  rows,
  denied,
  exportTable,
  exportColumns,
}: {
  selection: CodeSelection
  /** The selected codes that exist, in the table's order. */
  rows: readonly AccessCodeRow[]
  denied: AccessCodeRowActions['denied']
  exportTable: ExportTable
  exportColumns: readonly CsvColumn<AccessCodeRow>[]
}) {
  const [dialog, setDialog] = useState<'delete' | 'pull' | null>(null)
  // The rows an open dialog acts on: fixed when it opens, so a poll cannot change them mid-way.
  const [target, setTarget] = useState<readonly AccessCodeRow[]>([])
  const showPins = useCan('codes.reveal')
  const open = (which: 'delete' | 'pull') => {
    setTarget(rows)
    setDialog(which)
  }
  const shown = selection.shownIds.length
  const finished = (failedIds: string[]) => selection.replace(failedIds)

  return (
    <>
      {rows.length > 0 ? (
        <div
          role="region"
          aria-label="Bulk actions"
          className="mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-brand-100 bg-brand-50 px-3 py-2"
        >
          <p className="text-sm font-medium text-slate-900 tabular-nums" aria-live="polite">
            {rows.length} selected
          </p>
          {rows.length < shown ? (
            <Button size="sm" variant="ghost" onClick={selection.selectAllShown}>
              Select all {shown} that match the filters
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={selection.clear}>
            <X aria-hidden="true" className="size-4" />
            Clear selection
          </Button>
          <div className="flex flex-wrap items-center gap-2 sm:ml-auto">
            <Button
              size="sm"
              variant="danger"
              deniedReason={denied.write}
              onClick={() => open('delete')}
            >
              <Trash2 aria-hidden="true" className="size-4" />
              Delete
            </Button>
            <Button size="sm" deniedReason={denied.pullBackup} onClick={() => open('pull')}>
              <LifeBuoy aria-hidden="true" className="size-4" />
              Pull backup codes
            </Button>
            <ExportCsvButton
              table={exportTable}
              rows={() => rows}
              count={rows.length}
              columns={exportColumns}
              scope={`selected ${rows.length}`}
              noun="selected codes"
              pins={accessCodePins}
              label="Export selected"
            />
          </div>
        </div>
      ) : null}
      <BulkDeleteDialog
        rows={target}
        open={dialog === 'delete'}
        onClose={() => setDialog(null)}
        onFinished={finished}
      />
      <BulkPullDialog
        rows={target}
        open={dialog === 'pull'}
        showPins={showPins}
        onClose={() => setDialog(null)}
        onFinished={finished}
      />
    </>
  )
}
