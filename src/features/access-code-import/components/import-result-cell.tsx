import { Badge, type Tone } from '@/components/ui/badge'
import { CopyButton } from '@/components/ui/copy-button'
import type { RowResult } from '../lib/import-run'
import type { PreviewRow } from '../lib/validate-import'

/** What happened to a row, or will: the preview's verdict until the row is sent. */
export type RowOutcome =
  | { kind: 'ready' | 'invalid' | 'exists' | 'sending' | 'cancelled' }
  | { kind: 'created'; status: string }
  | { kind: 'failed'; message: string; requestId: string | undefined }

export function rowOutcome(
  row: PreviewRow,
  result: RowResult | undefined,
  statusOf: (accessCodeId: string) => string | undefined,
): RowOutcome {
  if (!result) return { kind: row.state }
  switch (result.state) {
    case 'created':
      return { kind: 'created', status: statusOf(result.accessCodeId) ?? 'setting' }
    case 'failed':
      return { kind: 'failed', message: result.message, requestId: result.requestId }
    default:
      return { kind: result.state }
  }
}

const LABEL: Record<Exclude<RowOutcome['kind'], 'created' | 'failed'>, [string, Tone]> = {
  ready: ['Ready to import', 'info'],
  invalid: ['Not sent: fix the problems', 'danger'],
  exists: ['Already exists', 'neutral'],
  sending: ['Sending…', 'info'],
  cancelled: ['Cancelled: not sent', 'warning'],
}

export function ImportResultCell({ outcome }: { outcome: RowOutcome }) {
  if (outcome.kind === 'created') {
    const set = outcome.status === 'set'
    return (
      <Badge tone={set ? 'success' : 'info'}>Created · {outcome.status.replaceAll('_', ' ')}</Badge>
    )
  }
  if (outcome.kind === 'failed') {
    return (
      <div className="space-y-1">
        <Badge tone="danger">Failed</Badge>
        <p className="text-sm break-words text-red-800">{outcome.message}</p>
        {outcome.requestId ? (
          <p className="flex items-center gap-1 text-xs text-slate-600">
            <span className="font-mono break-all">request_id {outcome.requestId}</span>
            <CopyButton value={outcome.requestId} label="Copy request ID" />
          </p>
        ) : null}
      </div>
    )
  }
  const [label, tone] = LABEL[outcome.kind]
  return <Badge tone={tone}>{label}</Badge>
}
