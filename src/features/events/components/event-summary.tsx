import type { SeamEvent } from '@/api/schemas/event'
import { Badge } from '@/components/ui/badge'
import { describeEventType } from '@/lib/catalogue/event-catalogue'

/** The title badge and plain-language sentence for one event. */
export function EventSummary({ event }: { event: SeamEvent }) {
  const d = describeEventType(event.event_type)
  return (
    <div className="min-w-0">
      <Badge tone={d.tone} title={event.event_type}>
        {d.title}
      </Badge>
      <p className="mt-1 text-sm break-words text-slate-700">{d.description}</p>
    </div>
  )
}
