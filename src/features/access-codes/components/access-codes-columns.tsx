import { dataTableColumnHelper } from '@/components/data-table/use-data-table'
import type { AccessCodeStatus } from '@/api/schemas/access-code'
import type { AccessCodeRow } from '../lib/access-code-rows'
import {
  ActionsCell,
  BackupCell,
  CodeCell,
  DeviceCell,
  NameCell,
  ScheduleCell,
  StatusCell,
  TypeCell,
} from './access-code-cells'
import { IssueChips } from './issue-chips'
import { SelectAllCheckbox, SelectCell } from './bulk/code-selection'

const col = dataTableColumnHelper<AccessCodeRow>()
// `stateless`: the cell keeps no state of its own, so the table may recycle it for another row
// (see VirtualDataTable's `rowHeight`). The code and actions cells keep state (revealed PIN,
// open menu), so the table keys them by row id instead.

/** Most in need of attention first when sorting ascending. */
const STATUS_RANK: Record<AccessCodeStatus, number> = {
  unknown: 0,
  setting: 1,
  removing: 2,
  unset: 3,
  set: 4,
}
const BACKUP_RANK = { available: 0, pulled: 1, not_eligible: 2 } as const

// Reads the selection from context (kept by code id outside the rows), so it is stateless.
const selectColumn = col.display({
  id: 'select',
  header: () => <SelectAllCheckbox />,
  meta: { width: '2.75rem', label: 'Select', stateless: true },
  cell: ({ row }) => <SelectCell row={row.original} />,
})

const nameColumn = col.accessor((r) => r.name, {
  id: 'name',
  header: 'Name',
  sortFn: 'alphanumeric',
  meta: { width: '12.5rem', stateless: true },
  cell: ({ row }) => <NameCell row={row.original} />,
})

const codeColumn = col.accessor((r) => r.code.code ?? '', {
  id: 'code',
  header: 'Code',
  enableSorting: false,
  meta: { width: '8.5rem' },
  cell: ({ row }) => <CodeCell row={row.original} />,
})

const deviceColumn = col.accessor((r) => `${r.deviceName} ${r.locationName ?? ''}`, {
  id: 'device',
  header: 'Lock',
  sortFn: 'alphanumeric',
  filterFn: 'facet',
  meta: { width: '11rem', label: 'Lock', facetValue: (r) => r.code.device_id, stateless: true },
  cell: ({ row }) => <DeviceCell row={row.original} />,
})

const typeColumn = col.accessor((r) => r.code.type, {
  id: 'type',
  header: 'Type',
  sortFn: 'text',
  filterFn: 'facet',
  enableGlobalFilter: false,
  meta: { width: '7rem', cellClassName: 'whitespace-nowrap', stateless: true },
  cell: ({ row }) => <TypeCell row={row.original} />,
})

const statusColumn = col.accessor((r) => STATUS_RANK[r.code.status] ?? 0, {
  id: 'status',
  header: 'Status',
  sortFn: 'basic',
  filterFn: 'facet',
  enableGlobalFilter: false,
  meta: { width: '8rem', facetValue: (r) => r.code.status, stateless: true },
  cell: ({ row }) => <StatusCell row={row.original} />,
})

const scheduleColumn = col.accessor(
  (r) => (r.code.starts_at ? Date.parse(r.code.starts_at) : undefined),
  {
    id: 'schedule',
    header: 'Schedule',
    sortFn: 'basic',
    sortUndefined: 'last',
    enableGlobalFilter: false,
    meta: { width: '16.5rem', label: 'Schedule (at the lock)', stateless: true },
    cell: ({ row }) => <ScheduleCell row={row.original} />,
  },
)

const backupColumn = col.accessor((r) => BACKUP_RANK[r.backup.state], {
  id: 'backup',
  header: 'Backup',
  sortFn: 'basic',
  filterFn: 'facet',
  enableGlobalFilter: false,
  meta: {
    width: '8.5rem',
    label: 'Backup code',
    facetValue: (r) => r.backup.state,
    stateless: true,
  },
  cell: ({ row }) => <BackupCell row={row.original} />,
})

const issuesColumn = col.accessor((r) => r.code.errors.length * 1000 + r.code.warnings.length, {
  id: 'issues',
  header: 'Issues',
  sortFn: 'basic',
  sortDescFirst: true,
  filterFn: 'facet',
  enableGlobalFilter: false,
  meta: { label: 'Errors and warnings', facetValue: (r) => r.issues, stateless: true },
  cell: ({ row }) => (
    <IssueChips errors={row.original.code.errors} warnings={row.original.code.warnings} />
  ),
})

const actionsColumn = col.display({
  id: 'actions',
  header: () => <span className="sr-only">Actions</span>,
  meta: { width: '3.5rem' },
  cell: ({ row }) => <ActionsCell row={row.original} />,
})

/** Every code in the workspace: includes the lock column. Module scope, so never rebuilt. */
export const workspaceAccessCodeColumns = col.columns([
  selectColumn,
  nameColumn,
  codeColumn,
  deviceColumn,
  typeColumn,
  statusColumn,
  scheduleColumn,
  backupColumn,
  issuesColumn,
  actionsColumn,
])

/** One lock's codes: the lock column would repeat the page title, so it is left out. */
export const deviceAccessCodeColumns = col.columns([
  selectColumn,
  nameColumn,
  codeColumn,
  typeColumn,
  statusColumn,
  scheduleColumn,
  backupColumn,
  issuesColumn,
  actionsColumn,
])
