import type { SeamEvent } from '@/api/schemas/event'
import { describeEventType } from '@/lib/catalogue/event-catalogue'
import type { CsvColumn } from '@/lib/csv/csv-columns'
import { isoInZone } from '@/lib/time/format'
import { viewerTimeZone } from '@/lib/time/zones'
import type { EventDeviceOption } from '../components/events-table'

/** An event with what the table shows beside it (its lock, its code's name). */
export type EventCsvRow = {
  event: SeamEvent
  device: EventDeviceOption | undefined
  codeName: string | undefined
}

/**
 * The events table as CSV. The table shows times in the viewer's zone, so the file does too,
 * with the offset and that zone in its own column. Seam's `code` on an event is never written:
 * the server already withholds it, and a PIN leaves only through an audited export.
 */
export function eventCsvColumns(zone = viewerTimeZone()): CsvColumn<EventCsvRow>[] {
  return [
    { header: 'event_id', value: (r) => r.event.event_id },
    { header: 'occurred_at', value: (r) => isoInZone(r.event.occurred_at, zone) },
    { header: 'time_zone', value: () => zone },
    { header: 'event_type', value: (r) => r.event.event_type },
    { header: 'event', value: (r) => describeEventType(r.event.event_type).title },
    { header: 'device_id', value: (r) => r.event.device_id },
    { header: 'device', value: (r) => r.device?.name },
    { header: 'location', value: (r) => r.device?.location },
    { header: 'access_code_id', value: (r) => r.event.access_code_id },
    { header: 'access_code', value: (r) => r.codeName },
  ]
}
