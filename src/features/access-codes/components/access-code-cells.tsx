import { memo, useState } from 'react'
import { useNavigate } from '@tanstack/react-router'
import { Eye, EyeOff, LifeBuoy, Pencil, Trash2 } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { cn } from '@/lib/cn'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { DeviceLink } from '@/components/ui/device-link'
import { HiddenPin, PinText } from '@/components/ui/hidden-pin'
import { SpriteIcon } from '@/components/ui/sprite-icon'
import type { AccessCodeRow } from '../lib/access-code-rows'
import { pullBlockedReason } from '../lib/backup-eligibility'
import { formatDateTime, zoneAbbreviation } from '@/lib/time/format'
import { relativeSchedule } from '../lib/schedule'
import { ActionMenu } from './action-menu'
import { useNarrow, useNow, useRowActions } from './access-codes-table-context'
import { StatusBadge } from './status-badge'

export function NameCell({ row }: { row: AccessCodeRow }) {
  const { code } = row
  const now = useNow()
  const narrow = useNarrow()
  const badged = code.is_backup || code.is_one_time_use || code.is_offline_access_code
  return (
    <div className="min-w-0">
      <p className="truncate font-medium text-slate-900" title={row.name}>
        {row.name}
      </p>
      {/* One line of badges (rows have a fixed height). On a phone the status column is
          scrolled off-screen, so the status is repeated here for the eye; screen readers get it
          once, from the status column. Only built there: every row is built anew on a scroll. */}
      {narrow || badged ? (
        <div className="flex gap-1 overflow-hidden whitespace-nowrap">
          {narrow ? (
            <span aria-hidden="true">
              <StatusBadge code={row.code} timeZone={row.timeZone} now={now} />
            </span>
          ) : null}
          {code.is_backup ? <Badge tone="brand">Backup code</Badge> : null}
          {code.is_one_time_use ? <Badge>One-time</Badge> : null}
          {code.is_offline_access_code ? <Badge>Offline code</Badge> : null}
        </div>
      ) : null}
    </div>
  )
}

/** The PIN, masked until asked; reveal and copy buttons name the code they act on. */
export const CodeCell = memo(function CodeCell({ row }: { row: AccessCodeRow }) {
  // Which code is revealed, not whether: the table already keys this cell by row id (the column
  // is not `stateless`), and this keeps another row's PIN hidden even if a cell were reused.
  const [revealedId, setRevealedId] = useState<string | null>(null)
  const { denied } = useRowActions()
  const id = row.code.access_code_id
  const revealed = revealedId === id
  const pin = row.code.code
  if (row.code.doorman_code_hidden) {
    return <HiddenPin accessCodeId={id} name={row.name} deniedReason={denied.reveal} />
  }
  if (!pin) {
    return (
      <span className="text-xs text-slate-500">
        {row.code.is_waiting_for_code_assignment ? 'Waiting for a code' : 'No code'}
      </span>
    )
  }
  return (
    <div className="flex items-center gap-0.5">
      <PinText pin={revealed ? pin : null} maskLength={Math.max(4, pin.length)} />
      <Button
        size="sm"
        variant="ghost"
        className="size-8 px-0"
        aria-label={`${revealed ? 'Hide' : 'Show'} code for ${row.name}`}
        title={revealed ? 'Hide code' : 'Show code'}
        onClick={() => setRevealedId(revealed ? null : id)}
      >
        <SpriteIcon icon={revealed ? EyeOff : Eye} className="size-4" />
      </Button>
      <CopyButton value={pin} label={`Copy code for ${row.name}`} />
    </div>
  )
})

export const DeviceCell = memo(function DeviceCell({ row }: { row: AccessCodeRow }) {
  const location =
    row.locationName && !row.deviceName.includes(row.locationName) ? row.locationName : undefined
  return (
    <div className="min-w-0">
      {/* Two lines at most (rows have a fixed height): the name, or the name and the location. */}
      <DeviceLink
        deviceId={row.code.device_id}
        className={cn(
          location ? 'line-clamp-1' : 'line-clamp-2',
          'font-medium break-words focus-visible:rounded focus-visible:outline-2 focus-visible:outline-brand-600',
        )}
        title={row.deviceName}
      >
        {row.deviceName}
      </DeviceLink>
      {location ? <p className="truncate text-xs text-slate-500">{location}</p> : null}
    </div>
  )
})

export function TypeCell({ row }: { row: AccessCodeRow }) {
  return <span>{row.code.type === 'time_bound' ? 'Time-bound' : 'Ongoing'}</span>
}

export function StatusCell({ row }: { row: AccessCodeRow }) {
  const now = useNow()
  return <StatusBadge code={row.code} timeZone={row.timeZone} now={now} />
}

/** starts_at – ends_at in the lock's time zone, with "starts in 3 h" / "ends in 2 d" / "ended". */
export function ScheduleCell({ row }: { row: AccessCodeRow }) {
  const now = useNow()
  const { code, timeZone } = row
  if (code.type !== 'time_bound' || !code.starts_at || !code.ends_at) {
    return (
      <div>
        <p>Ongoing</p>
        <p className="text-xs text-slate-500">No end date</p>
      </div>
    )
  }
  const start = Date.parse(code.starts_at)
  const end = Date.parse(code.ends_at)
  const relative = relativeSchedule(code, now)
  const ended = relative.startsWith('ended')
  const zone = zoneAbbreviation(start, timeZone)
  const zoneNote = row.timeZoneMissing
    ? `The lock has no time zone; times are in yours (${timeZone})`
    : `Times at the lock (${timeZone})`
  return (
    <div className="min-w-0" title={zoneNote}>
      <p className="truncate text-[0.8125rem]">
        <time dateTime={code.starts_at}>{formatDateTime(start, timeZone, { now })}</time>
        {' – '}
        <time dateTime={code.ends_at}>{formatDateTime(end, timeZone, { now })}</time>
      </p>
      <p className="truncate text-xs text-slate-600">
        <span className={ended ? 'text-slate-500' : 'font-medium text-slate-800'}>
          {ended ? 'Ended' : relative.charAt(0).toUpperCase() + relative.slice(1)}
        </span>
        <span className="text-slate-500"> · {zone}</span>
      </p>
    </div>
  )
}

export function BackupCell({ row }: { row: AccessCodeRow }) {
  const { onPullBackup, denied } = useRowActions()
  const backup = row.backup
  if (backup.state === 'available') {
    return (
      <Button
        size="sm"
        variant="secondary"
        deniedReason={denied.pullBackup}
        aria-label={`Pull backup code for ${row.name}`}
        onClick={() => onPullBackup(row)}
      >
        <SpriteIcon icon={LifeBuoy} className="size-4" />
        Pull backup
      </Button>
    )
  }
  if (backup.state === 'pulled') {
    return (
      <Badge
        tone="brand"
        title={`Backup code ${backup.backupAccessCodeId} was pulled for this code`}
      >
        <SpriteIcon icon={LifeBuoy} className="size-3.5" />
        Backup pulled
      </Badge>
    )
  }
  return (
    <span className="text-xs text-slate-500" title={backup.reason}>
      Not eligible<span className="sr-only">: {backup.reason}</span>
    </span>
  )
}

export function ActionsCell({ row }: { row: AccessCodeRow }) {
  const { onDelete, onPullBackup, editReturnsTo, denied } = useRowActions()
  const navigate = useNavigate()
  const removing = row.code.status === 'removing'
  return (
    <ActionMenu
      label={`Actions for ${row.name}`}
      items={[
        {
          id: 'edit',
          label: 'Edit',
          icon: <Pencil aria-hidden="true" className="size-4" />,
          disabledReason: denied.write ?? (removing ? 'This code is being removed' : null),
          onSelect: () =>
            void navigate({
              to: '/access-codes/$accessCodeId/edit',
              params: { accessCodeId: row.code.access_code_id },
              search: { from: editReturnsTo },
            }),
        },
        {
          id: 'backup',
          label: 'Pull backup code',
          icon: <LifeBuoy aria-hidden="true" className="size-4" />,
          disabledReason: denied.pullBackup ?? pullBlockedReason(row.backup),
          onSelect: () => onPullBackup(row),
        },
        {
          id: 'delete',
          label: 'Delete',
          danger: true,
          icon: <Trash2 aria-hidden="true" className="size-4" />,
          disabledReason: denied.write ?? (removing ? 'Already being removed from the lock' : null),
          onSelect: () => onDelete(row),
        },
      ]}
    />
  )
}
