import { useId, useState } from 'react'
import { Eye, ShieldCheck, Trash2 } from 'lucide-react'
import { toast } from '@/lib/toast'
import { isApiError } from '@/api/api-error'
import type { UnmanagedAccessCode } from '@/api/schemas/access-code'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { HiddenPin } from '@/components/ui/hidden-pin'
import { useCan } from '@/api/doorman-info'
import { deniedReason } from '@/lib/permissions'
import { Dialog } from '@/components/ui/dialog'
import { ErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'
import { describeIssue } from '@/lib/catalogue/error-catalogue'
import { useConvertUnmanagedCode } from '../api/convert-unmanaged-code'
import { useDeleteUnmanagedCode } from '../api/delete-unmanaged-code'
import { useUnmanagedCode } from '../api/get-unmanaged-code'
import { useUnmanagedCodes } from '../api/list-unmanaged-codes'

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const formatWhen = (iso: string | null | undefined) =>
  iso && !Number.isNaN(Date.parse(iso)) ? dateTime.format(Date.parse(iso)) : '—'

const nameOf = (c: Pick<UnmanagedAccessCode, 'name'>) => c.name || 'Unnamed code'

type Pending = { action: 'view' | 'convert' | 'delete'; code: UnmanagedAccessCode } | null

/**
 * The codes on one lock that were set outside Seam (at the keypad or in the manufacturer's app):
 * view each one, convert it to a managed code, or delete it from the lock.
 */
export function UnmanagedCodesPanel({ deviceId }: { deviceId: string }) {
  const codes = useUnmanagedCodes(deviceId)
  const [pending, setPending] = useState<Pending>(null)
  const canReveal = useCan('codes.reveal')
  const canWrite = useCan('codes.write')
  const writeDenied = canWrite ? null : deniedReason('codes.write')
  const headingId = useId()
  const close = () => setPending(null)

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="border-b border-slate-200 px-4 py-3">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          Unmanaged codes
        </h2>
        <p className="mt-0.5 text-sm text-slate-600">
          Codes set on this lock outside Seam, for example at the keypad or in the manufacturer’s
          app. Convert one to manage it here, or delete it from the lock.
        </p>
      </div>
      <div>
        {codes.isPending ? (
          <div role="status" className="space-y-2 p-4">
            <span className="sr-only">Loading unmanaged codes…</span>
            <Skeleton className="h-8 w-full" />
            <Skeleton className="h-8 w-full" />
          </div>
        ) : codes.isError ? (
          <div className="p-4">
            <ErrorState
              title="Could not load unmanaged codes"
              error={codes.error}
              onRetry={() => void codes.refetch()}
            />
          </div>
        ) : codes.data.length === 0 ? (
          <p className="p-4 text-sm text-slate-600">
            No unmanaged codes: every code on this lock is managed by Seam.
          </p>
        ) : (
          // A list, not a table: the panel usually sits in a narrow side column.
          <ul className="divide-y divide-slate-100" aria-label="Unmanaged codes on this lock">
            {codes.data.map((code) => {
              const issues = code.errors.length + code.warnings.length
              return (
                <li key={code.access_code_id} className="space-y-2 px-4 py-3">
                  <div className="min-w-0">
                    <p className="font-medium break-words text-slate-900">
                      {nameOf(code)}
                      {issues > 0 ? (
                        <Badge tone="warning" className="ml-2 align-middle">
                          {issues} {issues === 1 ? 'issue' : 'issues'}
                        </Badge>
                      ) : null}
                    </p>
                    <div className="flex flex-wrap items-center gap-x-1 text-xs text-slate-600">
                      Code
                      {code.doorman_code_hidden ? (
                        <HiddenPin
                          accessCodeId={code.access_code_id}
                          name={nameOf(code)}
                          unmanaged
                          deniedReason={canReveal ? null : deniedReason('codes.reveal')}
                        />
                      ) : (
                        <span className="font-mono text-slate-800">{code.code ?? '—'}</span>
                      )}
                      · found {formatWhen(code.created_at)}
                    </div>
                  </div>
                  <div className="flex flex-wrap gap-1">
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`View ${nameOf(code)}`}
                      onClick={() => setPending({ action: 'view', code })}
                    >
                      <Eye aria-hidden="true" className="size-4" />
                      View
                    </Button>
                    <Button
                      size="sm"
                      deniedReason={writeDenied}
                      aria-label={`Convert ${nameOf(code)} to managed`}
                      onClick={() => setPending({ action: 'convert', code })}
                    >
                      <ShieldCheck aria-hidden="true" className="size-4" />
                      Convert to managed
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-red-700 hover:bg-red-50"
                      deniedReason={writeDenied}
                      aria-label={`Delete ${nameOf(code)}`}
                      onClick={() => setPending({ action: 'delete', code })}
                    >
                      <Trash2 aria-hidden="true" className="size-4" />
                      Delete
                    </Button>
                  </div>
                </li>
              )
            })}
          </ul>
        )}
      </div>

      {/* One dialog whose content follows the step, so moving from "view" to "convert" does not
          close it (closing a native <dialog> fires its close event). */}
      <Dialog
        open={pending !== null}
        onClose={close}
        title={
          pending?.action === 'convert'
            ? 'Convert to a managed code?'
            : pending?.action === 'delete'
              ? 'Delete this code from the lock?'
              : pending
                ? nameOf(pending.code)
                : 'Unmanaged code'
        }
        description={
          pending?.action === 'view'
            ? 'An unmanaged code, set on the lock outside Seam.'
            : pending
              ? `“${nameOf(pending.code)}” on this lock.`
              : undefined
        }
      >
        {pending?.action === 'view' ? (
          <UnmanagedCodeDetail
            accessCodeId={pending.code.access_code_id}
            onConvert={
              canWrite ? () => setPending({ action: 'convert', code: pending.code }) : undefined
            }
            onDelete={
              canWrite ? () => setPending({ action: 'delete', code: pending.code }) : undefined
            }
          />
        ) : pending?.action === 'convert' ? (
          <ConvertConfirm key={pending.code.access_code_id} code={pending.code} onDone={close} />
        ) : pending?.action === 'delete' ? (
          <DeleteConfirm key={pending.code.access_code_id} code={pending.code} onDone={close} />
        ) : null}
      </Dialog>
    </section>
  )
}

/** `unmanaged/get` for one code; a code that no longer exists shows Seam's not-found message. */
export function UnmanagedCodeDetail({
  accessCodeId,
  onConvert,
  onDelete,
}: {
  accessCodeId: string
  onConvert?: () => void
  onDelete?: () => void
}) {
  const code = useUnmanagedCode(accessCodeId)
  const canReveal = useCan('codes.reveal')
  if (code.isPending)
    return (
      <div role="status" className="space-y-2">
        <span className="sr-only">Loading code…</span>
        <Skeleton className="h-6 w-full" />
        <Skeleton className="h-6 w-2/3" />
      </div>
    )
  if (code.isError) {
    const missing = isApiError(code.error) && code.error.type === 'access_code_not_found'
    return (
      <ErrorState
        title={missing ? 'This code is no longer on the lock' : 'Could not load this code'}
        error={code.error}
        onRetry={missing ? undefined : () => void code.refetch()}
      />
    )
  }
  const c = code.data
  const issues = [
    ...c.errors.map((e) => describeIssue('error', e.error_code, e.message)),
    ...c.warnings.map((w) => describeIssue('warning', w.warning_code, w.message)),
  ]
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-600">Name</dt>
        <dd className="font-medium text-slate-900">{nameOf(c)}</dd>
        <dt className="text-slate-600">Code</dt>
        <dd className="font-mono">
          {c.doorman_code_hidden ? (
            <HiddenPin
              accessCodeId={c.access_code_id}
              name={nameOf(c)}
              unmanaged
              deniedReason={canReveal ? null : deniedReason('codes.reveal')}
            />
          ) : (
            (c.code ?? '—')
          )}
        </dd>
        <dt className="text-slate-600">Type</dt>
        <dd>{c.type === 'time_bound' ? 'Time-bound' : 'Ongoing'}</dd>
        {c.type === 'time_bound' ? (
          <>
            <dt className="text-slate-600">Active</dt>
            <dd>
              {formatWhen(c.starts_at)} – {formatWhen(c.ends_at)}
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">Found on</dt>
        <dd>{formatWhen(c.created_at)}</dd>
        <dt className="text-slate-600">ID</dt>
        <dd className="font-mono text-xs break-all">{c.access_code_id}</dd>
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

function ConvertConfirm({ code, onDone }: { code: UnmanagedAccessCode; onDone: () => void }) {
  const convert = useConvertUnmanagedCode()
  const [allowExternal, setAllowExternal] = useState(false)
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault()
        convert.mutate(
          {
            access_code_id: code.access_code_id,
            device_id: code.device_id,
            is_external_modification_allowed: allowExternal,
          },
          {
            onSuccess: () => {
              toast.success(`“${nameOf(code)}” is now a managed code`)
              onDone()
            },
          },
        )
      }}
    >
      <p className="text-sm text-slate-700">
        Seam will take over this code: it appears in the access code tables, where you can rename,
        schedule or delete it. The digits on the lock do not change, so whoever uses it today can
        keep using it.
      </p>
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          className="mt-0.5 size-4 rounded border-slate-300"
          checked={allowExternal}
          onChange={(e) => setAllowExternal(e.target.checked)}
        />
        <span>
          Allow changes made outside Seam
          <span className="block text-xs text-slate-500">
            Otherwise a change at the keypad or in the manufacturer’s app is flagged as a problem.
          </span>
        </span>
      </label>
      {convert.isError ? <ErrorState title="Could not convert" error={convert.error} /> : null}
      <div className="flex justify-end gap-2">
        <Button onClick={onDone} disabled={convert.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={convert.isPending}>
          {convert.isPending ? 'Converting…' : 'Convert to managed'}
        </Button>
      </div>
    </form>
  )
}

function DeleteConfirm({ code, onDone }: { code: UnmanagedAccessCode; onDone: () => void }) {
  const remove = useDeleteUnmanagedCode()
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {code.code ? (
          <>
            The code <span className="font-mono">{code.code}</span> will be removed
          </>
        ) : (
          <>This code will be removed</>
        )}{' '}
        from the lock and will stop opening the door. This cannot be undone.
      </p>
      {remove.isError ? <ErrorState title="Could not delete" error={remove.error} /> : null}
      <div className="flex justify-end gap-2">
        <Button onClick={onDone} disabled={remove.isPending}>
          Cancel
        </Button>
        <Button
          variant="danger"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(
              { access_code_id: code.access_code_id, device_id: code.device_id },
              {
                onSuccess: () => {
                  toast.success(`“${nameOf(code)}” was deleted from the lock`)
                  onDone()
                },
              },
            )
          }
        >
          {remove.isPending ? 'Deleting…' : 'Delete from lock'}
        </Button>
      </div>
    </div>
  )
}
