import { memo } from 'react'
import type { AccessCode } from '@/api/schemas/access-code'
import { Badge } from '@/components/ui/badge'
import { SpriteIcon } from '@/components/ui/sprite-icon'
import { cn } from '@/lib/cn'
import { presentStatus } from './status-styles'

/**
 * A code's status: text, icon and colour from the one style map, a tooltip saying what it means
 * for this code (schedule in the device's time zone), and the same sentence for screen readers.
 */
export const StatusBadge = memo(function StatusBadge({
  code,
  timeZone,
  now,
}: {
  code: Pick<AccessCode, 'status' | 'type' | 'starts_at' | 'ends_at' | 'errors'>
  timeZone: string
  now: number
}) {
  const p = presentStatus(code, { timeZone, now })
  return (
    <Badge
      tone={p.tone}
      title={p.description}
      icon={
        <SpriteIcon
          icon={p.icon}
          className={cn('size-3.5', p.busy && p.status === 'setting' && 'motion-safe:animate-spin')}
        />
      }
    >
      <span data-status={p.status}>{p.label}</span>
      <span className="sr-only">. {p.description}</span>
    </Badge>
  )
})
