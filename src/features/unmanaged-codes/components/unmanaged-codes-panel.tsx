import { useId, useState } from 'react'
import { Eye, ShieldCheck, Trash2 } from 'lucide-react'
import type { UnmanagedAccessCode } from '@/api/schemas/access-code'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { useCan } from '@/api/doorman-info'
import { deniedReason } from '@/lib/permissions'
import { Dialog } from '@/components/ui/dialog'
import { QueryErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'
import { useUnmanagedCodes } from '../api/list-unmanaged-codes'
import { ExportCsvButton } from '@/components/data-table/export-csv-button'
import { unmanagedCodeCsvColumns } from './unmanaged-code-csv'
import { ConvertUnmanagedCodeConfirm } from './convert-unmanaged-code-confirm'
import { DeleteUnmanagedCodeConfirm } from './delete-unmanaged-code-confirm'
import { UnmanagedCodeDetail } from './unmanaged-code-detail'
import { formatWhen, nameOf } from './unmanaged-code-format'
import { UnmanagedPin } from './unmanaged-pin'
import { Panel, PanelHeader } from '@/components/ui/panel'

type Pending = { action: 'view' | 'convert' | 'delete'; code: UnmanagedAccessCode } | null

/**
 * The codes on one lock that were set outside Seam (at the keypad or in the manufacturer's app):
 * view each one, convert it to a managed code, or delete it from the lock.
 */
export function UnmanagedCodesPanel({
  deviceId,
  timeZone,
}: {
  deviceId: string
  /** The lock's zone, when it has one; times are shown in it. */
  timeZone?: string | undefined
}) {
  const codes = useUnmanagedCodes(deviceId)
  const [pending, setPending] = useState<Pending>(null)
  const canWrite = useCan('codes.write')
  const writeDenied = canWrite ? null : deniedReason('codes.write')
  const headingId = useId()
  const close = () => setPending(null)

  return (
    <Panel headingId={headingId}>
      <PanelHeader>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            Unmanaged codes
          </h2>
          {codes.data && codes.data.length > 0 ? (
            <ExportCsvButton
              table="unmanaged_codes"
              rows={() => codes.data}
              count={codes.data.length}
              columns={unmanagedCodeCsvColumns()}
              scope={`lock ${deviceId}`}
              noun="unmanaged codes"
              accessibleName="Export CSV of unmanaged codes"
            />
          ) : null}
        </div>
        <p className="mt-0.5 text-sm text-slate-600">
          Codes set on this lock outside Seam, for example at the keypad or in the manufacturer’s
          app. Convert one to manage it here, or delete it from the lock.
        </p>
      </PanelHeader>
      <div>
        {codes.isPending ? (
          <div role="status" className="space-y-2 p-4">
            <span className="sr-only">Loading unmanaged codes…</span>
            <Skeleton className="h-8 w-full" />
            <Skeleton className="h-8 w-full" />
          </div>
        ) : codes.isError ? (
          <div className="p-4">
            <QueryErrorState title="Could not load unmanaged codes" query={codes} />
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
                      <UnmanagedPin code={code} plainClassName="font-mono text-slate-800" />· found{' '}
                      {formatWhen(code.created_at, timeZone)}
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
            timeZone={timeZone}
            onConvert={
              canWrite ? () => setPending({ action: 'convert', code: pending.code }) : undefined
            }
            onDelete={
              canWrite ? () => setPending({ action: 'delete', code: pending.code }) : undefined
            }
          />
        ) : pending?.action === 'convert' ? (
          <ConvertUnmanagedCodeConfirm
            key={pending.code.access_code_id}
            code={pending.code}
            onDone={close}
          />
        ) : pending?.action === 'delete' ? (
          <DeleteUnmanagedCodeConfirm
            key={pending.code.access_code_id}
            code={pending.code}
            onDone={close}
          />
        ) : null}
      </Dialog>
    </Panel>
  )
}
