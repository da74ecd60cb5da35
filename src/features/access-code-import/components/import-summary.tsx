import type { PreviewTableRow } from './import-preview-table'

/** Counts of what the rows are or became, in words (announced as they change). */
export function ImportSummary({ rows }: { rows: readonly PreviewTableRow[] }) {
  const count = (kinds: string[]) => rows.filter((r) => kinds.includes(r.outcome.kind)).length
  const warnings = rows.filter(
    (r) => r.outcome.kind !== 'invalid' && r.row.issues.some((i) => i.level === 'warning'),
  ).length
  const parts: [number, string][] = [
    [count(['ready']), 'ready to import'],
    [count(['created']), 'created'],
    [count(['exists']), 'already exist'],
    [count(['invalid']), 'with problems (not sent)'],
    [count(['failed']), 'failed'],
    [count(['cancelled']), 'cancelled'],
    [warnings, 'with notes'],
  ]
  const shown = parts.filter(([n], i) => n > 0 || i === 0)
  return (
    <p role="status" className="text-sm text-slate-800">
      <span className="font-semibold">
        {rows.length.toLocaleString('en-US')} row{rows.length === 1 ? '' : 's'}:
      </span>{' '}
      {shown.map(([n, label]) => `${n.toLocaleString('en-US')} ${label}`).join(' · ')}
    </p>
  )
}
