import { useCallback, useMemo, useState, type ReactNode } from 'react'
import {
  CheckCircle2,
  CircleDashed,
  CircleHelp,
  LifeBuoy,
  LoaderCircle,
  Trash2,
} from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { DataTableToolbar } from '@/components/data-table/data-table-toolbar'
import { ExportCsvButton } from '@/components/data-table/export-csv-button'
import { describeTableView } from '@/components/data-table/table-scope'
import { FacetFilter, type FacetOption } from '@/components/data-table/facet-filter'
import { issueFacetOptions } from '@/components/data-table/issue-facet-options'
import { useDataTable, type DataTableState } from '@/components/data-table/use-data-table'
import { VirtualDataTable } from '@/components/data-table/virtual-data-table'
import { useMediaQuery } from '@/lib/use-media-query'
import { useCan } from '@/api/doorman-info'
import { deniedReason } from '@/lib/permissions'
import { usePullBackupAccessCode } from '../api/pull-backup-access-code'
import { lockLabel } from '@/lib/devices/device-identity'
import { accessCodePins, deviceAccessCodeCsv, workspaceAccessCodeCsv } from '../lib/access-code-csv'
import { createRowBuilder, type AccessCodeRow } from '../lib/access-code-rows'
import { deviceAccessCodeColumns, workspaceAccessCodeColumns } from './access-codes-columns'
import {
  AccessCodeActionsProvider,
  NarrowProvider,
  NowProvider,
  type AccessCodeRowActions,
} from './access-codes-table-context'
import { BackupCodeDialog, type BackupPull } from './backup-code-dialog'
import { DeleteAccessCodeDialog } from './delete-access-code-dialog'
import { BulkActionBar } from './bulk/bulk-action-bar'
import { CodeSelectionProvider, useCodeSelection } from './bulk/code-selection'

const icon = 'size-4'

/** What the signed-in role may not do in this table, with the reason; one identity per role. */
function useDeniedReasons(): AccessCodeRowActions['denied'] {
  const write = useCan('codes.write')
  const reveal = useCan('codes.reveal')
  const pullBackup = useCan('codes.pull_backup')
  return useMemo(
    () => ({
      write: write ? null : deniedReason('codes.write'),
      reveal: reveal ? null : deniedReason('codes.reveal'),
      pullBackup: pullBackup ? null : deniedReason('codes.pull_backup'),
    }),
    [write, reveal, pullBackup],
  )
}
const statusOptions: FacetOption[] = [
  {
    value: 'setting',
    label: 'Setting',
    icon: <LoaderCircle aria-hidden="true" className={icon} />,
  },
  { value: 'set', label: 'Set', icon: <CheckCircle2 aria-hidden="true" className={icon} /> },
  {
    value: 'unset',
    label: 'Unset or scheduled',
    icon: <CircleDashed aria-hidden="true" className={icon} />,
  },
  { value: 'removing', label: 'Removing', icon: <Trash2 aria-hidden="true" className={icon} /> },
  { value: 'unknown', label: 'Unknown', icon: <CircleHelp aria-hidden="true" className={icon} /> },
]
const typeOptions: FacetOption[] = [
  { value: 'ongoing', label: 'Ongoing' },
  { value: 'time_bound', label: 'Time-bound' },
]
const backupOptions: FacetOption[] = [
  {
    value: 'available',
    label: 'Backup available',
    icon: <LifeBuoy aria-hidden="true" className={icon} />,
  },
  { value: 'pulled', label: 'Backup pulled' },
  { value: 'not_eligible', label: 'Not eligible' },
]

const getRowId = (row: AccessCodeRow) => row.code.access_code_id
/** Every row is this tall (px), so the virtualizer never measures rows; the cells fit it. */
export const ACCESS_CODE_ROW_HEIGHT = 64
// A tint, not opacity: dimmed text would fail contrast, and the badge already says "Removing".
const dimRemoving = (row: AccessCodeRow) =>
  row.code.status === 'removing' ? 'bg-slate-50' : undefined

export type AccessCodesTableProps = {
  /** Codes to show (one lock's, or the whole workspace's). */
  codes: readonly AccessCode[]
  /** Locks the codes belong to: names, time zones and backup-pool support come from here. */
  devices: readonly Device[]
  variant: 'workspace' | 'device'
  state: DataTableState
  onStateChange: (next: DataTableState) => void
  caption: string
  loading?: boolean
  /**
   * Only part of the codes has arrived (a lock's first page, or the workspace while locks answer):
   * the count says so and export waits, so a file never silently lacks rows.
   */
  incomplete?: boolean
  emptyState?: ReactNode
  toolbarActions?: ReactNode
}

/**
 * The access-codes table for both places it appears. Sort, search and facets are controlled
 * (the workspace keeps them in the URL); rows are virtualized; columns are module constants and
 * rows are reused when their code did not change, so a poll re-renders only what moved.
 */
export function AccessCodesTable({
  codes,
  devices,
  variant,
  state,
  onStateChange,
  caption,
  loading = false,
  incomplete = false,
  emptyState,
  toolbarActions,
}: AccessCodesTableProps) {
  const devicesById = useMemo(() => new Map(devices.map((d) => [d.device_id, d])), [devices])
  const [buildRows] = useState(createRowBuilder)
  const rows = useMemo(() => buildRows(codes, devicesById), [buildRows, codes, devicesById])

  const table = useDataTable({
    data: rows,
    columns: variant === 'workspace' ? workspaceAccessCodeColumns : deviceAccessCodeColumns,
    state,
    onStateChange,
    getRowId,
  })

  // Selection by code id, outside the (recycled) rows; the shown order drives shift-click ranges.
  const shownRows = table.getRowModel().rows
  const shownIds = useMemo(() => shownRows.map((r) => r.id), [shownRows])
  const allIds = useMemo(() => rows.map(getRowId), [rows])
  const selection = useCodeSelection(allIds, shownIds, variant === 'workspace')
  const selectedRows = useMemo(() => {
    const { selected } = selection
    if (selected.size === 0) return []
    const shown = shownRows.filter((r) => selected.has(r.id)).map((r) => r.original)
    if (shown.length === selected.size) return shown
    // Selected, then filtered out: still acted on, after the shown ones (a Set: 10,000 rows).
    const shownSet = new Set(shownIds)
    const hidden = rows.filter((r) => selected.has(getRowId(r)) && !shownSet.has(getRowId(r)))
    return [...shown, ...hidden]
  }, [selection, shownRows, shownIds, rows])
  const csvColumns = variant === 'workspace' ? workspaceAccessCodeCsv : deviceAccessCodeCsv
  const exportTable = variant === 'workspace' ? 'access_codes' : 'device_access_codes'

  const deviceOptions = useMemo<FacetOption[]>(() => {
    const present = new Set(codes.map((code) => code.device_id))
    return [...present]
      .map((id) => ({ value: id, label: lockLabel(devicesById.get(id), id) }))
      .sort((a, b) => a.label.localeCompare(b.label))
  }, [codes, devicesById])

  const [deleteTarget, setDeleteTarget] = useState<AccessCodeRow | null>(null)
  const [backupTarget, setBackupTarget] = useState<AccessCodeRow | null>(null)
  const pullMutation = usePullBackupAccessCode()
  const { mutate: pull, reset: resetPull } = pullMutation

  const startPull = useCallback(
    (row: AccessCodeRow) => {
      setBackupTarget(row)
      pull(row.code)
    },
    [pull],
  )
  const denied = useDeniedReasons()
  const actions = useMemo<AccessCodeRowActions>(
    () => ({
      onDelete: setDeleteTarget,
      onPullBackup: startPull,
      editReturnsTo: variant === 'workspace' ? 'codes' : 'device',
      denied,
    }),
    [startPull, variant, denied],
  )
  const backupPull: BackupPull | null = pullMutation.isPending
    ? { status: 'pending' }
    : pullMutation.isError
      ? { status: 'error', error: pullMutation.error }
      : pullMutation.isSuccess
        ? { status: 'success', backup: pullMutation.data }
        : null

  // Tailwind's `sm` breakpoint: below it the status column is off-screen (see NameCell).
  const narrow = useMediaQuery('(max-width: 639.98px)')

  // The toolbar's filters in order. A lock's page has no lock column, so no lock filter (and no
  // lookup of a column that is not there).
  const facets = [
    { id: 'status', title: 'Status', options: statusOptions },
    { id: 'type', title: 'Type', options: typeOptions },
    ...(variant === 'workspace' ? [{ id: 'device', title: 'Lock', options: deviceOptions }] : []),
    { id: 'issues', title: 'Issues', options: issueFacetOptions },
    { id: 'backup', title: 'Backup', options: backupOptions },
  ]

  return (
    <CodeSelectionProvider value={selection}>
      <AccessCodeActionsProvider value={actions}>
        <NarrowProvider value={narrow}>
          <NowProvider>
            <DataTableToolbar
              table={table}
              state={state}
              onStateChange={onStateChange}
              searchLabel="Search access codes"
              searchPlaceholder={variant === 'workspace' ? 'Search name or lock' : 'Search name'}
              itemNoun="codes"
              incomplete={incomplete}
              actions={
                <>
                  <ExportCsvButton
                    table={exportTable}
                    rows={() => table.getRowModel().rows.map((r) => r.original)}
                    count={shownRows.length}
                    columns={csvColumns}
                    scope={describeTableView(state)}
                    noun="codes"
                    pins={accessCodePins}
                    disabled={incomplete}
                  />
                  {toolbarActions}
                </>
              }
            >
              {facets.map(({ id, title, options }) => {
                const column = table.getColumn(id)
                return column ? (
                  <FacetFilter key={id} column={column} title={title} options={options} />
                ) : null
              })}
            </DataTableToolbar>
            <BulkActionBar
              selection={selection}
              rows={selectedRows}
              denied={denied}
              exportTable={exportTable}
              exportColumns={csvColumns}
            />
            <VirtualDataTable
              table={table}
              caption={caption}
              loading={loading}
              emptyState={emptyState}
              noResultsState="No codes match these filters."
              rowClassName={dimRemoving}
              minWidth={variant === 'workspace' ? '84rem' : '72rem'}
              rowHeight={ACCESS_CODE_ROW_HEIGHT}
            />
            <DeleteAccessCodeDialog target={deleteTarget} onClose={() => setDeleteTarget(null)} />
            <BackupCodeDialog
              target={backupTarget}
              pull={backupPull}
              onClose={() => {
                setBackupTarget(null)
                resetPull()
              }}
              onRetry={() => {
                if (backupTarget) pull(backupTarget.code)
              }}
            />
          </NowProvider>
        </NarrowProvider>
      </AccessCodeActionsProvider>
    </CodeSelectionProvider>
  )
}
