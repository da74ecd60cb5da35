import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { RotateCcw } from 'lucide-react'
import { useCan } from '@/api/doorman-info'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { deniedReason } from '@/lib/permissions'
import { viewerTimeZone } from '@/lib/time/zones'
import { createImportedCode } from '../api/create-imported-code'
import { parseImportCsv } from '../lib/parse-import-csv'
import { validateImportInChunks, type PreviewRow } from '../lib/validate-import'
import { ImportPreviewTable } from './import-preview-table'
import { ImportProgress } from './import-progress'
import { rowOutcome } from './import-result-cell'
import { ImportSource } from './import-source'
import { ImportSummary } from './import-summary'
import { useImportRunner } from './use-import-runner'

/** The codes already on the workspace's locks, as far as they have loaded. */
export type ExistingCodes = {
  codes: readonly AccessCode[]
  loadedLocks: number
  totalLocks: number
  failedLocks: number
  retry: () => void
}

/** A file, checked against the codes that existed then ("already exists" is decided once). */
type Source = { label: string; preview: PreviewRow[] }

const noRows: PreviewRow[] = []

/** `/access-codes/import`: create many codes from a CSV file, checked row by row first. */
export function AccessCodeImportPage({
  devices,
  devicesError,
  onRetryDevices,
  existing,
  onCreated,
}: {
  devices: readonly Device[] | undefined
  devicesError: unknown
  onRetryDevices: () => void
  existing: ExistingCodes
  /** A row became a code: the app's cache takes it, so the poller follows it to `set`. */
  onCreated: (code: AccessCode) => void
}) {
  const canWrite = useCan('codes.write')
  const [source, setSource] = useState<Source | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [checking, setChecking] = useState<{ checked: number; total: number } | null>(null)
  const reading = useRef<AbortController | null>(null)
  const run = useImportRunner(createImportedCode, onCreated)
  const preview = source?.preview ?? noRows
  const previewSection = useRef<HTMLDivElement>(null)
  // On a phone the preview starts a screen below the file picker: bring it into view once read.
  // (`?.()`: jsdom, where the unit tests run, has no scrolling.)
  useEffect(() => {
    if (source) previewSection.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' })
  }, [source])
  const statusById = useMemo(
    () => new Map(existing.codes.map((c) => [c.access_code_id, c.status])),
    [existing.codes],
  )
  const rows = useMemo(
    () =>
      preview.map((row) => ({
        row,
        outcome: rowOutcome(row, run.results.get(row.rowNumber), (id) => statusById.get(id)),
      })),
    [preview, run.results, statusById],
  )

  const { reset } = run
  const clear = useCallback(() => {
    reading.current?.abort()
    reset()
    setSource(null)
    setChecking(null)
  }, [reset])
  const readText = useCallback(
    async (text: string, label: string) => {
      clear()
      const abort = new AbortController()
      reading.current = abort
      const parsed = await parseImportCsv(text)
      if (abort.signal.aborted) return
      if (!parsed.ok) return setRefusal(parsed.message)
      setRefusal(null)
      const total = parsed.rows.length
      setChecking({ checked: 0, total })
      const checked = await validateImportInChunks(
        parsed.rows,
        {
          devices: devices ?? [],
          existingCodes: existing.codes,
          now: Date.now(),
          viewerTimeZone: viewerTimeZone(),
        },
        { signal: abort.signal, onProgress: (n) => setChecking({ checked: n, total }) },
      )
      if (!checked) return
      setChecking(null)
      setSource({ label, preview: checked })
    },
    [clear, devices, existing.codes],
  )

  const header = (
    <PageHeader
      title="Import access codes"
      description="Create many codes at once from a spreadsheet saved as CSV. Every row is checked before anything is sent."
    />
  )
  if (devicesError && !devices)
    return (
      <>
        {header}
        <ErrorState
          title="The list of locks could not be loaded"
          error={devicesError}
          onRetry={onRetryDevices}
        />
      </>
    )
  if (!devices) return <PageSkeleton label="Loading locks" />

  const loadingCodes = existing.loadedLocks + existing.failedLocks < existing.totalLocks
  const notReady = loadingCodes
    ? `Loading the codes already on your locks (${existing.loadedLocks} of ${existing.totalLocks}), to spot rows that already exist…`
    : existing.failedLocks > 0
      ? `The codes of ${existing.failedLocks} lock${existing.failedLocks === 1 ? '' : 's'} could not be loaded, so rows that already exist cannot be told apart.`
      : run.running
        ? 'An import is running.'
        : null

  const ready = rows.filter((r) => r.outcome.kind === 'ready')
  const failed = rows.filter((r) => r.outcome.kind === 'failed' || r.outcome.kind === 'cancelled')
  const send = (list: typeof rows) =>
    void run.start(list.map(({ row }) => ({ rowNumber: row.rowNumber, request: row.request! })))
  const denied = canWrite ? null : deniedReason('codes.write')

  return (
    <>
      {header}
      <div className="space-y-6">
        <Card title="1. Choose a file">
          <ImportSource
            disabled={notReady}
            onText={(text, label) => void readText(text, label)}
            onRefused={(message) => {
              clear()
              setRefusal(message)
            }}
          />
          {existing.failedLocks > 0 && !loadingCodes ? (
            <Button className="mt-3" onClick={existing.retry}>
              <RotateCcw aria-hidden="true" className="size-4" />
              Load them again
            </Button>
          ) : null}
          {checking ? (
            <p role="status" className="mt-4 text-sm text-slate-700">
              Checking rows… {checking.checked.toLocaleString('en-US')} of{' '}
              {checking.total.toLocaleString('en-US')}
            </p>
          ) : null}
          {refusal ? (
            <div
              role="alert"
              className="mt-4 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900"
            >
              <p className="font-semibold">This file cannot be imported</p>
              <p className="mt-1">{refusal}</p>
            </div>
          ) : null}
        </Card>

        {source ? (
          <div ref={previewSection} className="scroll-mt-4">
            <Card title={`2. Check and import: ${source.label}`}>
              <div className="mb-4 space-y-4">
                <ImportSummary rows={rows} />
                {run.total > 0 ? (
                  <ImportProgress
                    done={run.done}
                    total={run.total}
                    running={run.running}
                    onCancel={run.cancel}
                  />
                ) : null}
                <div className="flex flex-wrap items-center gap-2">
                  {ready.length > 0 ? (
                    <Button
                      variant="primary"
                      deniedReason={denied}
                      disabled={run.running}
                      onClick={() => send(ready)}
                    >
                      Import {ready.length} code{ready.length === 1 ? '' : 's'}
                    </Button>
                  ) : null}
                  {!run.running && failed.length > 0 ? (
                    <Button deniedReason={denied} onClick={() => send(failed)}>
                      <RotateCcw aria-hidden="true" className="size-4" />
                      Retry failed rows ({failed.length})
                    </Button>
                  ) : null}
                  {denied ? <p className="text-sm text-slate-700">{denied}.</p> : null}
                </div>
              </div>
              <ImportPreviewTable rows={rows} />
            </Card>
          </div>
        ) : null}
      </div>
    </>
  )
}
