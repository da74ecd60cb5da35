/**
 * Which time zone a time is shown and entered in.
 *
 * A lock's times are wall times at its door ("the code starts at 3 PM" means 3 PM there), so they
 * are shown and entered in the lock's own zone, `device.location.timezone`.
 *
 * One policy for a lock without a zone (none reported, or a name this runtime does not know):
 * use the viewer's zone, in the table, the form, events and the timeline alike. Why not UTC:
 * the person giving a guest a 3 PM code almost always manages locks in or near their own zone,
 * so the viewer's zone is the likeliest guess for the door, while UTC is wrong for nearly every
 * lock; and a time typed into the form must read back the same in the table. Every time shown
 * carries its zone's name, and the table and form say when the lock has none, so the guess is
 * never hidden.
 */

const known = new Map<string, boolean>()

/** Whether the runtime knows this IANA zone name. */
export function isValidTimeZone(timeZone: string | null | undefined): timeZone is string {
  if (!timeZone) return false
  let ok = known.get(timeZone)
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone })
      ok = true
    } catch {
      ok = false
    }
    known.set(timeZone, ok)
  }
  return ok
}

let viewerZone: string | undefined

/**
 * The time zone the viewer's browser runs in. Read once per page load: building an
 * Intl.DateTimeFormat to ask costs tens of microseconds, and rows, CSV cells and bars ask for
 * every code (10,000 asks made the access-codes page's load task ~300 ms longer). A viewer whose
 * system zone changes mid-session sees the new zone after a reload.
 */
export function viewerTimeZone(): string {
  viewerZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  return viewerZone
}

/** The zone a lock's times are shown and entered in: its own, else the viewer's (see above). */
export function lockTimeZone(timeZone: string | null | undefined, viewerZone?: string): string {
  return isValidTimeZone(timeZone) ? timeZone : (viewerZone ?? viewerTimeZone())
}
