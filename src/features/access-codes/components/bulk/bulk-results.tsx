import type { ReactNode } from 'react'
import { isApiError } from '@/api/api-error'
import { Badge } from '@/components/ui/badge'
import type { BulkOutcome } from '@/lib/bulk/run-bulk'
import type { BulkRunState } from '@/lib/bulk/use-bulk-run'
import type { AccessCodeRow } from '../../lib/access-code-rows'

/** "Deleting 4 of 10…": a progress bar with its count in words. */
export function BulkProgress({ state, verb }: { state: BulkRunState<unknown>; verb: string }) {
  if (state.phase === 'idle') return null
  const failed = [...state.results.values()].filter((o) => o.status === 'error').length
  return (
    <div className="space-y-1">
      <progress
        className="h-2 w-full accent-brand-600"
        value={state.done}
        max={Math.max(state.total, 1)}
        aria-label={`${verb} progress`}
      />
      <p role="status" className="text-sm text-slate-700 tabular-nums">
        {state.phase === 'running'
          ? `${verb} ${state.done} of ${state.total}…`
          : `Done: ${state.total - failed} of ${state.total} succeeded${failed > 0 ? `, ${failed} failed (still selected)` : ''}.`}
      </p>
    </div>
  )
}

function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : 'Unexpected error'
  return isApiError(error) && error.requestId ? `${message} (request ${error.requestId})` : message
}

/** One line per row: the code, its lock, and what happened to it (text, not only colour). */
export function BulkResults<R>({
  rows,
  results,
  caption,
  extra,
}: {
  rows: readonly AccessCodeRow[]
  results: ReadonlyMap<string, BulkOutcome<R>>
  caption: string
  /** A column of its own for a success (e.g. the backup code). */
  extra?: { header: string; cell: (value: R) => ReactNode }
}) {
  return (
    <div className="max-h-72 overflow-y-auto rounded-lg border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Code
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Lock
            </th>
            {extra ? (
              <th scope="col" className="px-3 py-2 font-medium">
                {extra.header}
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2 font-medium">
              Result
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const outcome = results.get(row.code.access_code_id)
            return (
              <tr key={row.code.access_code_id} className="border-t border-slate-100 align-top">
                <th scope="row" className="px-3 py-2 font-medium text-slate-900">
                  {row.name}
                </th>
                <td className="px-3 py-2 text-slate-700">{row.deviceName}</td>
                {extra ? (
                  <td className="px-3 py-2">
                    {outcome?.status === 'ok' ? extra.cell(outcome.value) : null}
                  </td>
                ) : null}
                <td className="px-3 py-2">
                  {!outcome ? (
                    <Badge>Waiting</Badge>
                  ) : outcome.status === 'ok' ? (
                    <Badge tone="success">Done</Badge>
                  ) : (
                    <div className="space-y-1">
                      <Badge tone="danger">Failed</Badge>
                      <p className="text-xs break-words text-red-800">
                        {failureText(outcome.error)}
                      </p>
                    </div>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
