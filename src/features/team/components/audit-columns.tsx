import { dataTableColumnHelper } from '@/components/data-table/use-data-table'
import type { AuditEntry } from '../api/list-audit-entries'
import {
  ActionCell,
  ActorCell,
  DetailsCell,
  RequestIdCell,
  SubjectCell,
  WhenCell,
} from './audit-cells'

const col = dataTableColumnHelper<AuditEntry>()

/** The server orders the log (newest first) and pages it, so no column sorts on the client. */
export const auditColumns = col.columns([
  col.accessor((e) => e.at, {
    id: 'at',
    header: 'When',
    enableSorting: false,
    enableGlobalFilter: false,
    cell: ({ row }) => <WhenCell entry={row.original} />,
    meta: { width: '10rem', cellClassName: 'align-top' },
  }),
  col.accessor((e) => e.actor_email, {
    id: 'actor',
    header: 'Who',
    enableSorting: false,
    enableGlobalFilter: false,
    cell: ({ row }) => <ActorCell entry={row.original} />,
    meta: { width: '13rem', cellClassName: 'align-top' },
  }),
  col.accessor((e) => e.action, {
    id: 'action',
    header: 'Action and result',
    enableSorting: false,
    enableGlobalFilter: false,
    cell: ({ row }) => <ActionCell entry={row.original} />,
    meta: { width: '11rem', cellClassName: 'align-top' },
  }),
  col.accessor((e) => e.device_name ?? '', {
    id: 'subject',
    header: 'Lock and code',
    enableSorting: false,
    enableGlobalFilter: false,
    cell: ({ row }) => <SubjectCell entry={row.original} />,
    meta: { width: '13rem', cellClassName: 'align-top' },
  }),
  col.display({
    id: 'details',
    header: 'Details',
    cell: ({ row }) => <DetailsCell entry={row.original} />,
    meta: { cellClassName: 'align-top' },
  }),
  col.accessor((e) => e.request_id ?? '', {
    id: 'request_id',
    header: 'Request ID',
    enableSorting: false,
    enableGlobalFilter: false,
    cell: ({ row }) => <RequestIdCell entry={row.original} />,
    meta: { width: '10rem', cellClassName: 'align-top' },
  }),
])
