import { useId, useState, type ChangeEvent } from 'react'
import { Download, Upload } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { IMPORT_COLUMNS, LIMITS_TEXT, templateCsv } from '../lib/import-format'
import { fileSizeProblem } from '../lib/parse-import-csv'

/** Where the CSV comes from: a file, or text pasted from a spreadsheet. */
export function ImportSource({
  disabled,
  onText,
  onRefused,
}: {
  /** Why the rows cannot be read yet (e.g. the locks are still loading), or null. */
  disabled: string | null
  onText: (text: string, label: string) => void
  onRefused: (message: string) => void
}) {
  const [pasted, setPasted] = useState('')
  // Made once per visit: its example stay is dated from today.
  const [templateHref] = useState(
    () => `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(Date.now()))}`,
  )
  const fileId = useId()
  const pasteId = useId()
  const hintId = useId()

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    // The same file picked again (after fixing it, or to import it twice) must fire again.
    input.value = ''
    if (!file) return
    const tooBig = fileSizeProblem(file.size)
    if (tooBig) return onRefused(tooBig)
    onText(await file.text(), file.name)
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div>
        <label htmlFor={fileId} className="block text-sm font-medium text-slate-900">
          CSV file
        </label>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <input
            id={fileId}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            aria-describedby={hintId}
            disabled={disabled !== null}
            onChange={(e) => void readFile(e)}
            className="block w-full text-sm text-slate-700 file:mr-3 file:inline-flex file:h-10 file:cursor-pointer file:rounded-lg file:border-0 file:bg-brand-600 file:px-4 file:text-sm file:font-medium file:text-white hover:file:bg-brand-700 disabled:opacity-60 sm:w-auto"
          />
        </div>
        <div id={hintId} className="mt-3 space-y-1 text-sm text-slate-600">
          <p>
            Columns: <code className="text-xs text-slate-800">{IMPORT_COLUMNS.join(', ')}</code>.{' '}
            <code className="text-xs text-slate-800">lock</code> is the device id or the lock’s
            exact name; leave <code className="text-xs text-slate-800">code</code> empty to let Seam
            choose; leave both times empty for an ongoing code.
          </p>
          <p>
            Times: ISO 8601 with an offset (2026-07-01T15:00+02:00), or the lock’s local time
            (2026-07-01T15:00). Comma or semicolon separated, UTF-8. {LIMITS_TEXT}
          </p>
        </div>
        <a
          href={templateHref}
          download="access-codes-template.csv"
          className="hover:text-brand-800 mt-3 inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 underline underline-offset-2"
        >
          <Download aria-hidden="true" className="size-4" />
          Download the template
        </a>
      </div>
      <div>
        <label htmlFor={pasteId} className="block text-sm font-medium text-slate-900">
          Or paste CSV
        </label>
        <textarea
          id={pasteId}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          rows={6}
          spellCheck={false}
          placeholder={`${IMPORT_COLUMNS.join(',')}\nFront door,Cleaner,,,,`}
          className="mt-2 block w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-xs text-slate-900 placeholder:text-slate-500 focus:border-brand-600 focus:outline-2 focus:outline-brand-600"
        />
        <Button
          className="mt-2"
          disabled={disabled !== null || pasted.trim() === ''}
          onClick={() => onText(pasted, 'pasted text')}
        >
          <Upload aria-hidden="true" className="size-4" />
          Check pasted rows
        </Button>
      </div>
      {disabled ? (
        <p role="status" className="text-sm text-slate-600 lg:col-span-2">
          {disabled}
        </p>
      ) : null}
    </div>
  )
}
