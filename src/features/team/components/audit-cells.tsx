import { Badge } from '@/components/ui/badge'
import { CopyButton } from '@/components/ui/copy-button'
import { describeDateTime, formatDateTime } from '@/lib/time/format'
import { viewerTimeZone } from '@/lib/time/zones'
import type { AuditEntry } from '../api/list-audit-entries'
import { actionLabel, resultBadge } from '../lib/audit-actions'
import { describeDetails } from '../lib/audit-details'

const formatTime = (iso: string) => formatDateTime(iso, viewerTimeZone(), { zoneName: true })

export function WhenCell({ entry }: { entry: AuditEntry }) {
  const when = describeDateTime(entry.at)
  if (!when) return <span>{entry.at}</span>
  return (
    <time dateTime={when.dateTime} title={when.title} className="text-slate-700 tabular-nums">
      {when.label}
    </time>
  )
}

export function ActorCell({ entry }: { entry: AuditEntry }) {
  return (
    <div className="min-w-0">
      <p className="truncate font-medium text-slate-900" title={entry.actor_email}>
        {entry.actor_email}
      </p>
      <p className="text-xs text-slate-600">
        {entry.actor_role}
        {entry.client_address ? <span> · {entry.client_address}</span> : null}
      </p>
    </div>
  )
}

export function ResultBadge({ result }: { result: string }) {
  const badge = resultBadge(result)
  return (
    <Badge tone={badge.tone} title={badge.title}>
      {badge.text}
    </Badge>
  )
}

export function ActionCell({ entry }: { entry: AuditEntry }) {
  return (
    <div className="flex min-w-0 flex-col items-start gap-1">
      <span className="font-medium text-slate-900">{actionLabel(entry.action, entry.details)}</span>
      <ResultBadge result={entry.result} />
    </div>
  )
}

export function SubjectCell({ entry }: { entry: AuditEntry }) {
  const lock = entry.device_name ?? entry.device_id
  const code = entry.access_code_name ?? entry.access_code_id
  if (!lock && !code) return <span className="text-slate-500">—</span>
  return (
    <div className="min-w-0 space-y-0.5">
      {lock ? (
        <p className="truncate" title={entry.device_id ? `${lock} (${entry.device_id})` : lock}>
          <span className="text-slate-600">Lock </span>
          <span className="text-slate-900">{lock}</span>
        </p>
      ) : null}
      {code ? (
        <p
          className="truncate"
          title={entry.access_code_id ? `${code} (${entry.access_code_id})` : code}
        >
          <span className="text-slate-600">Code </span>
          <span className="text-slate-900">{code}</span>
        </p>
      ) : null}
    </div>
  )
}

/** What changed: before → after for an update, what was set for a create, facts otherwise. */
export function DetailsCell({ entry }: { entry: AuditEntry }) {
  const lines = describeDetails(entry.details, formatTime)
  if (lines.length === 0) return <span className="text-slate-500">—</span>
  return (
    <ul className="min-w-0 space-y-0.5 text-sm">
      {lines.map((line) => (
        <li key={line.field} className="break-words">
          <span className="text-slate-600">{line.label}: </span>
          {line.kind === 'change' ? (
            <>
              <del className="text-slate-700 decoration-slate-400">{line.before}</del>
              <span aria-hidden="true" className="px-1 text-slate-500">
                →
              </span>
              <span className="sr-only"> changed to </span>
              <ins className="font-medium text-slate-900 no-underline">{line.after}</ins>
            </>
          ) : (
            <span className="text-slate-900">{line.value}</span>
          )}
        </li>
      ))}
    </ul>
  )
}

export function RequestIdCell({ entry }: { entry: AuditEntry }) {
  const id = entry.request_id
  if (!id) return <span className="text-slate-500">—</span>
  return (
    <div className="flex min-w-0 items-center gap-1">
      <code className="truncate font-mono text-xs text-slate-700" title={id}>
        {id}
      </code>
      <CopyButton value={id} label={`Copy request ID ${id}`} />
    </div>
  )
}
