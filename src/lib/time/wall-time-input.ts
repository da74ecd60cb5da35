import { wallToInstant } from './calendar'
import { instantToWallTime } from './zoned-time'

/**
 * `<input type="datetime-local">` values for filters (a wall time, `YYYY-MM-DDTHH:mm`, in a named
 * zone) ↔ ISO instants. Never `new Date(value)`: that reads the wall time in whatever zone the
 * browser runs in and shifts a time in a DST gap silently. The form for a code's schedule does
 * not use these: it reports a gap or a repeated hour to the person instead (access-code-form-schema).
 */

/** An ISO instant → the input's value in `timeZone` ('' when missing or unparseable). */
export function instantToInputValue(iso: string | undefined, timeZone: string): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return ''
  return instantToWallTime(iso, timeZone)
}

/**
 * The input's value in `timeZone` → ISO instant; undefined when empty or not a real time. A wall
 * time skipped by a DST change (02:30 on a spring-forward night) means the first instant after
 * the gap, as "from 02:30" can only mean "from when the clocks show 03:00".
 */
export function inputValueToInstant(value: string, timeZone: string): string | undefined {
  if (!value) return undefined
  try {
    return new Date(wallToInstant(value, timeZone)).toISOString()
  } catch {
    return undefined
  }
}
