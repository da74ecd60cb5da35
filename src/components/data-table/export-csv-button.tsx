import { useId, useRef, useState } from 'react'
import { Download } from 'lucide-react'
import { useCan } from '@/api/doorman-info'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { ErrorState } from '@/components/ui/error-state'
import type { CsvColumn } from '@/lib/csv/csv-columns'
import type { ExportTable } from '@/lib/csv/export-tables'
import { exportRowsAsCsv, type CsvPinOption } from '@/lib/csv/export-rows'
import { deniedReason } from '@/lib/permissions'
import { toast } from '@/lib/toast'

export type ExportCsvButtonProps<T> = {
  table: ExportTable
  /** The rows to write, read when the person clicks Download: what the table shows then. */
  rows: () => readonly T[]
  /** How many rows that is now, for the dialog's text. */
  count: number
  columns: readonly CsvColumn<T>[]
  /** What the rows are, for the audit entry (e.g. the active filters). */
  scope: string
  /** Plural noun, e.g. "codes". */
  noun: string
  /** Offer "Include PINs" (off by default; only for roles that may reveal PINs). */
  pins?: CsvPinOption<T>
  label?: string
  /** The button's accessible name when the page has more than one export (it starts with `label`). */
  accessibleName?: string
  disabled?: boolean
}

type Progress = { done: number; total: number } | null

/**
 * "Export CSV" for any table: a dialog that says how many rows go out, offers PINs where the
 * table has them and the role may reveal them, and shows progress while a long file is written.
 * Papa Parse loads on the first export, outside every page's first JS.
 */
export function ExportCsvButton<T>(props: ExportCsvButtonProps<T>) {
  const { table, count, noun, pins, label = 'Export CSV' } = props
  const [open, setOpen] = useState(false)
  const [withPins, setWithPins] = useState(false)
  const [progress, setProgress] = useState<Progress>(null)
  const [error, setError] = useState<unknown>(null)
  const abort = useRef<AbortController | null>(null)
  const canReveal = useCan('codes.reveal')
  const pinsId = useId()
  const busy = progress !== null

  const close = () => {
    abort.current?.abort()
    abort.current = null
    setOpen(false)
    setProgress(null)
    setError(null)
    setWithPins(false)
  }

  const run = async () => {
    const controller = new AbortController()
    abort.current = controller
    setError(null)
    const rows = props.rows()
    setProgress({ done: 0, total: rows.length })
    try {
      await exportRowsAsCsv({
        table,
        rows,
        columns: props.columns,
        scope: props.scope,
        pins: pins && withPins && canReveal ? pins : undefined,
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      })
      toast.success(`Exported ${rows.length} ${noun}`)
      close()
    } catch (caught) {
      if (controller.signal.aborted) return
      setError(caught)
      setProgress(null)
    }
  }

  return (
    <>
      <Button
        size="sm"
        className="h-9"
        onClick={() => setOpen(true)}
        disabled={props.disabled}
        aria-label={props.accessibleName}
      >
        <Download aria-hidden="true" className="size-4" />
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={label}
        description={`${count} ${noun}: the rows the table shows now, in its order, with ids and times in ISO 8601.`}
      >
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault()
            void run()
          }}
        >
          {pins ? (
            <div className="space-y-1">
              <div className="flex items-center gap-2">
                <input
                  id={pinsId}
                  type="checkbox"
                  className="size-4 accent-brand-600"
                  checked={withPins && canReveal}
                  disabled={!canReveal || busy}
                  onChange={(event) => setWithPins(event.target.checked)}
                  aria-describedby={`${pinsId}-hint`}
                />
                <label htmlFor={pinsId} className="text-sm font-medium text-slate-900">
                  Include PINs
                </label>
              </div>
              <p id={`${pinsId}-hint`} className="text-sm text-slate-600">
                {canReveal
                  ? 'Off by default. An export with PINs is recorded in the audit log with its count.'
                  : `${deniedReason('codes.reveal')}: PINs are left out.`}
              </p>
            </div>
          ) : null}
          {progress ? (
            <div className="space-y-1">
              <progress
                className="h-2 w-full accent-brand-600"
                value={progress.done}
                max={Math.max(progress.total, 1)}
                aria-label="Export progress"
              />
              <p role="status" className="text-sm text-slate-700 tabular-nums">
                Writing {progress.done} of {progress.total} rows…
              </p>
            </div>
          ) : null}
          {error ? <ErrorState error={error} title="Nothing was exported" /> : null}
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={busy}>
              <Download aria-hidden="true" className="size-4" />
              {busy ? 'Exporting…' : 'Download CSV'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  )
}
