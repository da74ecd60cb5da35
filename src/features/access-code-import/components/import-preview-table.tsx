import { useId, useState } from 'react'
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'
import { formatInZone } from '@/lib/time/format'
import type { ImportColumn } from '../lib/import-format'
import type { CellIssue, PreviewRow } from '../lib/validate-import'
import { ImportResultCell, type RowOutcome } from './import-result-cell'

/** 10,000 rows in one DOM would take seconds to lay out; a page of them does not. */
export const PREVIEW_PAGE_SIZE = 100

const COLUMNS: { id: ImportColumn; label: string; empty: string }[] = [
  { id: 'lock', label: 'Lock', empty: '—' },
  { id: 'name', label: 'Name', empty: '—' },
  { id: 'code', label: 'Code', empty: 'Seam chooses' },
  { id: 'starts_at', label: 'Starts', empty: 'Ongoing' },
  { id: 'ends_at', label: 'Ends', empty: 'Ongoing' },
  { id: 'use_backup_access_code_pool', label: 'Backup pool', empty: 'No' },
]

export type PreviewTableRow = { row: PreviewRow; outcome: RowOutcome }

function IssueList({ issues }: { issues: CellIssue[] }) {
  if (issues.length === 0) return null
  return (
    <ul className="mt-1 space-y-1">
      {issues.map((issue) => (
        <li
          key={issue.message}
          className={cn(
            'text-xs font-medium break-words',
            issue.level === 'error' ? 'text-red-800' : 'text-amber-900',
          )}
        >
          {issue.level === 'error' ? 'Problem: ' : 'Note: '}
          {issue.message}
        </li>
      ))}
    </ul>
  )
}

function Cell({ row, column }: { row: PreviewRow; column: (typeof COLUMNS)[number] }) {
  const value = row.values[column.id]
  const issues = row.issues.filter((i) => i.column === column.id)
  const hasError = issues.some((i) => i.level === 'error')
  const resolvedName =
    column.id === 'lock' && row.device && row.device.display_name !== value.trim()
      ? row.device.display_name
      : null
  // How a time was read, in the lock's zone: the check that a wall time meant what was meant.
  const instant =
    column.id === 'starts_at' || column.id === 'ends_at' ? row.request?.[column.id] : undefined
  const zone = row.device?.location?.timezone
  return (
    <td
      className={cn(
        'px-3 py-2 align-top',
        hasError && 'bg-red-50',
        !hasError && issues.length > 0 && 'bg-amber-50',
      )}
    >
      {value.trim() === '' ? (
        <span className="text-slate-600">{column.empty}</span>
      ) : (
        // Text only: names with HTML or formulas in them are shown as the characters they are.
        <span className="break-words whitespace-pre-wrap text-slate-900">{value}</span>
      )}
      {resolvedName ? <span className="block text-xs text-slate-600">{resolvedName}</span> : null}
      {instant && zone ? (
        <span className="block text-xs text-slate-600">
          {formatInZone(Date.parse(instant), zone)}
        </span>
      ) : null}
      <IssueList issues={issues} />
    </td>
  )
}

/** The file's rows, each problem on its cell, a page at a time. */
export function ImportPreviewTable({ rows: allRows }: { rows: readonly PreviewTableRow[] }) {
  const [page, setPage] = useState(0)
  const [onlyNoted, setOnlyNoted] = useState(false)
  const filterId = useId()
  const noted = allRows.filter(
    ({ row, outcome }) => row.issues.length > 0 || outcome.kind === 'failed',
  )
  const rows = onlyNoted ? noted : allRows
  const pages = Math.max(1, Math.ceil(rows.length / PREVIEW_PAGE_SIZE))
  const current = Math.min(page, pages - 1)
  const first = current * PREVIEW_PAGE_SIZE
  const shown = rows.slice(first, first + PREVIEW_PAGE_SIZE)
  return (
    <div>
      <div className="mb-3 flex items-center gap-2">
        <input
          id={filterId}
          type="checkbox"
          checked={onlyNoted}
          onChange={(e) => {
            setOnlyNoted(e.target.checked)
            setPage(0)
          }}
          className="size-4 accent-brand-600"
        />
        <label htmlFor={filterId} className="text-sm text-slate-800">
          Show only rows with problems, notes or failures ({noted.length})
        </label>
      </div>
      <div
        className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm"
        role="region"
        aria-label="Rows to import"
        // Focusable so keyboard users can scroll it sideways on a narrow screen (axe's
        // scrollable-region-focusable); a named region is what a screen reader lands on.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="w-full min-w-[56rem] text-left text-sm">
          <caption className="sr-only">
            Rows of the file, with each problem under its cell and what happened to the row
          </caption>
          <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="w-16 px-3 py-2">
                Row
              </th>
              {COLUMNS.map((c) => (
                <th key={c.id} scope="col" className="px-3 py-2">
                  {c.label}
                </th>
              ))}
              <th scope="col" className="w-56 px-3 py-2">
                Result
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {shown.map(({ row, outcome }) => (
              <tr key={row.rowNumber}>
                <th scope="row" className="px-3 py-2 align-top font-medium text-slate-700">
                  {row.rowNumber}
                </th>
                {COLUMNS.map((c) => (
                  <Cell key={c.id} row={row} column={c} />
                ))}
                <td className="px-3 py-2 align-top">
                  <ImportResultCell outcome={outcome} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav
          aria-label="Preview pages"
          className="mt-3 flex items-center justify-end gap-2 text-sm"
        >
          <span className="text-slate-600">
            Rows {(first + 1).toLocaleString('en-US')}–
            {(first + shown.length).toLocaleString('en-US')} of{' '}
            {rows.length.toLocaleString('en-US')}
          </span>
          <Button size="sm" disabled={current === 0} onClick={() => setPage(current - 1)}>
            <ChevronLeft aria-hidden="true" className="size-4" />
            Previous
          </Button>
          <Button size="sm" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
            <ChevronRight aria-hidden="true" className="size-4" />
          </Button>
        </nav>
      ) : null}
    </div>
  )
}
