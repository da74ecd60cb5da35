import {
  Battery,
  BatteryFull,
  BatteryLow,
  BatteryWarning,
  HelpCircle,
  Lock,
  LockOpen,
  Wifi,
  WifiOff,
} from 'lucide-react'
import { Badge, type Tone } from '@/components/ui/badge'
import { batteryInfo, type BatteryState } from '@/lib/format/battery'
import { describeDateTime } from '@/lib/time/format'
import { formatRelativeTime } from '@/lib/time/relative'
import type { Device } from '@/api/schemas/device'
import type { LockState } from '../lib/device-display'

const icon = 'size-3.5 shrink-0'

/** Online/offline with an icon and the word, never colour alone. */
export function OnlineStatus({ online }: { online: boolean }) {
  return online ? (
    <Badge tone="success" icon={<Wifi aria-hidden="true" className={icon} />}>
      Online
    </Badge>
  ) : (
    <Badge tone="danger" icon={<WifiOff aria-hidden="true" className={icon} />}>
      Offline
    </Badge>
  )
}

const batteryTone: Record<BatteryState, Tone> = {
  critical: 'danger',
  low: 'warning',
  ok: 'neutral',
  unknown: 'neutral',
}

/** Battery level and, when low or critical, the word for it. */
export function BatteryStatus({ properties }: { properties: Device['properties'] }) {
  const info = batteryInfo(properties)
  const Icon =
    info.state === 'critical'
      ? BatteryWarning
      : info.state === 'low'
        ? BatteryLow
        : info.state === 'unknown'
          ? HelpCircle
          : (info.level ?? 0) >= 0.75
            ? BatteryFull
            : Battery
  return (
    <Badge
      tone={batteryTone[info.state]}
      icon={<Icon aria-hidden="true" className={icon} />}
      title={info.state === 'unknown' ? 'This lock does not report its battery level' : undefined}
    >
      {info.state === 'unknown' ? 'Battery unknown' : info.label}
    </Badge>
  )
}

/** Locked / Unlocked / Unknown with an icon. */
export function LockStatus({ state }: { state: LockState }) {
  if (state === 'locked')
    return (
      <Badge tone="neutral" icon={<Lock aria-hidden="true" className={icon} />}>
        Locked
      </Badge>
    )
  if (state === 'unlocked')
    return (
      <Badge tone="warning" icon={<LockOpen aria-hidden="true" className={icon} />}>
        Unlocked
      </Badge>
    )
  return (
    <Badge tone="neutral" icon={<HelpCircle aria-hidden="true" className={icon} />}>
      Unknown
    </Badge>
  )
}

/**
 * A time stamp in the lock's time zone (the viewer's when it has none), with the viewer's zone on
 * hover. `relative` shows "2 hours ago" instead, with both zones on hover.
 */
export function ZonedTime({
  time,
  timeZone,
  relative = false,
  className,
}: {
  time: string | undefined
  timeZone: string | undefined
  relative?: boolean
  className?: string
}) {
  const d = describeDateTime(time, timeZone)
  if (!d) return <span className={className}>—</span>
  return (
    <time
      dateTime={d.dateTime}
      title={relative ? `${d.label} · ${d.title}` : d.title}
      className={className}
    >
      {relative ? formatRelativeTime(d.dateTime) : d.label}
    </time>
  )
}
