import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { Button } from '@/components/ui/button'
import { addDays, wallToInstant } from '@/lib/time/calendar'
import { instantToWallTime, wallTimeToInstant } from '@/lib/time/zoned-time'
import { isValidTimeZone } from '@/lib/time/zones'
import type { CreateFromRange } from '../lib/selection'
import type { TimeWindow, Zoom } from '../lib/time-window'
import type { TimelineLock } from './timeline-types'

const inputClass =
  'h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600'

/** A first guess for a keyboard selection: the next 3 PM → 11 AM stay in the window (or after now). */
function defaultStay(window: TimeWindow, now: number, timeZone: string) {
  const from = Math.max(window.start, now)
  const day = instantToWallTime(from, timeZone).slice(0, 10)
  let start = wallToInstant(`${day}T15:00`, timeZone)
  if (start < from) start = wallToInstant(`${addDays(day, 1)}T15:00`, timeZone)
  const startDay = instantToWallTime(start, timeZone).slice(0, 10)
  const end = wallToInstant(`${addDays(startDay, 1)}T11:00`, timeZone)
  return { start: instantToWallTime(start, timeZone), end: instantToWallTime(end, timeZone) }
}

/**
 * Choosing a window with the keyboard: a lock, a start and an end (in the lock's zone), then on
 * to the create form with them filled in. Opened from a lane's "New code…" button; Escape or
 * Cancel closes it.
 */
export function RangePicker({
  locks,
  deviceId,
  window,
  now,
  onSubmit,
  onCancel,
}: {
  locks: readonly TimelineLock[]
  deviceId: string
  window: TimeWindow
  now: number
  zoom: Zoom
  onSubmit: (range: CreateFromRange) => void
  onCancel: () => void
}) {
  const id = useId()
  const [lockId, setLockId] = useState(deviceId || locks[0]?.deviceId || '')
  const lock = locks.find((l) => l.deviceId === lockId)
  const zone = lock && isValidTimeZone(lock.timeZone) ? lock.timeZone : window.timeZone
  const [initial] = useState(() => defaultStay(window, now, zone))
  const [start, setStart] = useState(initial.start)
  const [end, setEnd] = useState(initial.end)
  const [problem, setProblem] = useState<string | null>(null)
  const firstRef = useRef<HTMLSelectElement>(null)
  useEffect(() => firstRef.current?.focus(), [])

  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onCancel()
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const s = wallTimeToInstant(start, zone)
    const t = wallTimeToInstant(end, zone)
    if (!s.ok || !t.ok) return setProblem('Enter a start and an end that exist in this time zone.')
    if (t.epochMs <= s.epochMs) return setProblem('The end must be after the start.')
    onSubmit({
      deviceId: lockId,
      startsAt: new Date(s.epochMs).toISOString(),
      endsAt: new Date(t.epochMs).toISOString(),
    })
  }

  return (
    <form
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      className="rounded-lg border border-brand-100 bg-brand-50 p-3"
    >
      <p id={`${id}-title`} className="mb-2 text-sm font-semibold text-slate-900">
        New code: pick the lock and the window (times in {zone})
      </p>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto_auto_auto] sm:items-end">
        <label className="text-sm text-slate-800">
          Lock
          <select
            ref={firstRef}
            onKeyDown={escape}
            className={inputClass}
            value={lockId}
            onChange={(e) => setLockId(e.target.value)}
          >
            {locks.map((l) => (
              <option key={l.deviceId} value={l.deviceId}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        {(
          [
            ['Starts', start, setStart],
            ['Ends', end, setEnd],
          ] as const
        ).map(([label, value, set]) => (
          <label key={label} className="text-sm text-slate-800">
            {label}
            <input
              type="datetime-local"
              className={inputClass}
              value={value}
              onChange={(e) => set(e.target.value)}
              onKeyDown={escape}
            />
          </label>
        ))}
        <div className="flex gap-2">
          <Button type="submit" variant="primary">
            Continue
          </Button>
          <Button onClick={onCancel}>Cancel</Button>
        </div>
      </div>
      {problem ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {problem}
        </p>
      ) : null}
    </form>
  )
}
