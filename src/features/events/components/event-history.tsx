import { useId, useState } from 'react'
import { Button } from '@/components/ui/button'
import { QueryErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'
import { ANY_TIME_DAYS, loadOlder, useEvents, type EventFilters } from '../api/list-events'
import { formatDateTime } from '@/lib/time/format'
import { EventSummary } from './event-summary'
import { Panel, PanelHeader } from '@/components/ui/panel'

const PAGE = 20
const MAX = 500

type Subject =
  { deviceId: string; accessCodeId?: never } | { accessCodeId: string; deviceId?: never }

/**
 * The recent history of one device or one access code, newest first, refreshing while visible.
 * Place it on a device's page (`deviceId`) or beside an access code (`accessCodeId`).
 */
export function EventHistory({
  title = 'History',
  headingLevel = 2,
  codeName,
  timeZone,
  ...subject
}: Subject & {
  title?: string
  headingLevel?: 2 | 3
  /** On a device's history: a readable name for each access code the events mention. */
  codeName?: (accessCodeId: string) => string | undefined
  /** The lock's zone, when it has one; times are shown in it (see `lockTimeZone`). */
  timeZone?: string | undefined
}) {
  // Seam needs a window on every request: the last `days` days, widened by "Show older events".
  const [page, setPage] = useState<Required<Pick<EventFilters, 'limit' | 'days'>>>({
    limit: PAGE,
    days: ANY_TIME_DAYS,
  })
  const headingId = useId()
  const filters = { deviceId: subject.deviceId, accessCodeId: subject.accessCodeId, ...page }
  const events = useEvents(filters)
  const older = events.data
    ? loadOlder(filters, events.data.length, { step: PAGE * 2, maxLimit: MAX })
    : undefined
  const showOlder = older ? (
    <Button
      size="sm"
      className="mt-4"
      disabled={events.isFetching}
      onClick={() => setPage((p) => ({ ...p, ...older }))}
    >
      Show older events
    </Button>
  ) : null
  const Heading = headingLevel === 3 ? 'h3' : 'h2'

  return (
    <Panel headingId={headingId}>
      <PanelHeader>
        <Heading id={headingId} className="text-base font-semibold text-slate-900">
          {title}
        </Heading>
      </PanelHeader>
      <div className="p-4">
        {events.isPending ? (
          <div role="status" className="space-y-3">
            <span className="sr-only">Loading history…</span>
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </div>
        ) : events.isError && !events.data ? (
          <QueryErrorState title="Could not load the history" query={events} />
        ) : events.data.length === 0 ? (
          <>
            <p className="text-sm text-slate-600">
              Nothing has happened in the last {page.days} days.
            </p>
            {showOlder}
          </>
        ) : (
          <>
            <ol className="space-y-4" aria-label={`${title}, newest first`}>
              {events.data.map((event) => (
                <li
                  key={event.event_id}
                  className="flex flex-col gap-1 border-l-2 border-slate-200 pl-3 sm:flex-row sm:gap-4"
                >
                  <time
                    dateTime={event.occurred_at}
                    className="shrink-0 text-xs text-slate-600 tabular-nums sm:w-44 sm:pt-0.5"
                  >
                    {formatDateTime(event.occurred_at, timeZone, { seconds: true, zoneName: true })}
                  </time>
                  <div className="min-w-0">
                    <EventSummary event={event} />
                    {codeName && event.access_code_id ? (
                      <p className="text-xs text-slate-500">
                        {codeName(event.access_code_id) ?? 'A code no longer on this lock'}
                      </p>
                    ) : null}
                  </div>
                </li>
              ))}
            </ol>
            {showOlder}
          </>
        )}
      </div>
    </Panel>
  )
}
