import { memo } from 'react'
import { AlertOctagon, AlertTriangle } from 'lucide-react'
import type { SeamError, SeamWarning } from '@/api/schemas/common'
import { Badge } from '@/components/ui/badge'
import { SpriteIcon } from '@/components/ui/sprite-icon'
import { describeIssue, type IssueKind } from '@/lib/catalogue/error-catalogue'

type Issue = { kind: IssueKind; code: string; message: string }

export function issuesOf(errors: readonly SeamError[], warnings: readonly SeamWarning[]): Issue[] {
  return [
    ...errors.map((e) => ({ kind: 'error' as const, code: e.error_code, message: e.message })),
    ...warnings.map((w) => ({
      kind: 'warning' as const,
      code: w.warning_code,
      message: w.message,
    })),
  ]
}

/**
 * One chip per error or warning, titled in plain language from the catalogue; the tooltip and the
 * screen-reader text carry the explanation and what to do. At most `max` chips, then "+N more".
 */
export const IssueChips = memo(function IssueChips({
  errors,
  warnings,
  max = 1,
}: {
  errors: readonly SeamError[]
  warnings: readonly SeamWarning[]
  max?: number
}) {
  const issues = issuesOf(errors, warnings)
  if (issues.length === 0) return <span className="text-xs text-slate-500">None</span>
  const shown = issues.slice(0, max)
  const hidden = issues.slice(max)
  return (
    // One line: the table's rows have a fixed height. The first chip truncates; the rest are
    // counted in "+N more" (every one is in its title and for screen readers).
    <ul
      className="flex min-w-0 flex-nowrap gap-1"
      aria-label={`${issues.length} issue${issues.length === 1 ? '' : 's'}`}
    >
      {shown.map((issue, i) => {
        const d = describeIssue(issue.kind, issue.code, issue.message)
        const Icon = issue.kind === 'error' ? AlertOctagon : AlertTriangle
        const tip = `${issue.kind === 'error' ? 'Error' : 'Warning'}: ${d.title}. ${d.explanation} What to do: ${d.action} (${issue.code})`
        return (
          <li key={`${issue.kind}:${issue.code}:${i}`} className="min-w-0">
            <Badge
              tone={issue.kind === 'error' ? 'danger' : 'warning'}
              title={tip}
              className="max-w-full"
              icon={<SpriteIcon icon={Icon} className="size-3.5 shrink-0" />}
            >
              <span className="sr-only">{issue.kind === 'error' ? 'Error: ' : 'Warning: '}</span>
              <span className="truncate">{d.title}</span>
              <span className="sr-only">
                . {d.explanation} What to do: {d.action}
              </span>
            </Badge>
          </li>
        )
      })}
      {hidden.length > 0 ? (
        <li className="shrink-0">
          <Badge
            tone="neutral"
            title={hidden.map((h) => describeIssue(h.kind, h.code, h.message).title).join('; ')}
          >
            +{hidden.length} more
            <span className="sr-only">
              : {hidden.map((h) => describeIssue(h.kind, h.code, h.message).title).join('; ')}
            </span>
          </Badge>
        </li>
      ) : null}
    </ul>
  )
})
