import { isApiError } from '@/api/api-error'
import { Button } from '@/components/ui/button'
import { ErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'
import { describeIssue } from '@/lib/catalogue/error-catalogue'
import { useUnmanagedCode } from '../api/get-unmanaged-code'
import { formatWhen, nameOf } from './unmanaged-code-format'
import { UnmanagedPin } from './unmanaged-pin'

/** `unmanaged/get` for one code; a code that no longer exists shows Seam's not-found message. */
export function UnmanagedCodeDetail({
  accessCodeId,
  timeZone,
  onConvert,
  onDelete,
}: {
  accessCodeId: string
  timeZone?: string | undefined
  onConvert?: () => void
  onDelete?: () => void
}) {
  const query = useUnmanagedCode(accessCodeId)
  if (query.isPending)
    return (
      <div role="status" className="space-y-2">
        <span className="sr-only">Loading code…</span>
        <Skeleton className="h-6 w-full" />
        <Skeleton className="h-6 w-2/3" />
      </div>
    )
  if (query.isError) {
    const missing = isApiError(query.error) && query.error.type === 'access_code_not_found'
    return (
      <ErrorState
        title={missing ? 'This code is no longer on the lock' : 'Could not load this code'}
        error={query.error}
        onRetry={missing ? undefined : () => void query.refetch()}
      />
    )
  }
  const code = query.data
  const issues = [
    ...code.errors.map((e) => describeIssue('error', e.error_code, e.message)),
    ...code.warnings.map((w) => describeIssue('warning', w.warning_code, w.message)),
  ]
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-600">Name</dt>
        <dd className="font-medium text-slate-900">{nameOf(code)}</dd>
        <dt className="text-slate-600">Code</dt>
        <dd className="font-mono">
          <UnmanagedPin code={code} />
        </dd>
        <dt className="text-slate-600">Type</dt>
        <dd>{code.type === 'time_bound' ? 'Time-bound' : 'Ongoing'}</dd>
        {code.type === 'time_bound' ? (
          <>
            <dt className="text-slate-600">Active</dt>
            <dd>
              {formatWhen(code.starts_at, timeZone)} – {formatWhen(code.ends_at, timeZone)}
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">Found on</dt>
        <dd>{formatWhen(code.created_at, timeZone)}</dd>
        <dt className="text-slate-600">ID</dt>
        <dd className="font-mono text-xs break-all">{code.access_code_id}</dd>
      </dl>
      {issues.length > 0 ? (
        <ul className="space-y-2">
          {issues.map((d) => (
            <li
              key={`${d.kind}:${d.code}`}
              className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm"
            >
              <p className="font-medium text-amber-900">{d.title}</p>
              <p className="mt-1 text-amber-900">{d.explanation}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {onConvert || onDelete ? (
        <div className="flex flex-wrap justify-end gap-2">
          {onDelete ? (
            <Button variant="ghost" className="text-red-700 hover:bg-red-50" onClick={onDelete}>
              Delete…
            </Button>
          ) : null}
          {onConvert ? (
            <Button variant="primary" onClick={onConvert}>
              Convert to managed…
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
