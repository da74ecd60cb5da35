import type { ComponentType } from 'react'
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

/**
 * One column of the log. The server orders the log (newest first), filters and pages it, so no
 * column sorts or is searched on the client.
 */
function logColumn(
  id: string,
  header: string,
  value: (entry: AuditEntry) => string,
  Cell: ComponentType<{ entry: AuditEntry }>,
  width: string,
) {
  return col.accessor(value, {
    id,
    header,
    enableSorting: false,
    enableGlobalFilter: false,
    cell: ({ row }) => <Cell entry={row.original} />,
    meta: { width, cellClassName: 'align-top' },
  })
}

export const auditColumns = col.columns([
  logColumn('at', 'When', (e) => e.at, WhenCell, '10rem'),
  logColumn('actor', 'Who', (e) => e.actor_email, ActorCell, '13rem'),
  logColumn('action', 'Action and result', (e) => e.action, ActionCell, '11rem'),
  logColumn('subject', 'Lock and code', (e) => e.device_name ?? '', SubjectCell, '13rem'),
  col.display({
    id: 'details',
    header: 'Details',
    cell: ({ row }) => <DetailsCell entry={row.original} />,
    meta: { cellClassName: 'align-top' },
  }),
  logColumn('request_id', 'Request ID', (e) => e.request_id ?? '', RequestIdCell, '10rem'),
])
