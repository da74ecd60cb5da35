import { defaultStringifySearch } from '@tanstack/react-router'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Tone } from '@/components/ui/badge'
import { formatInZone } from '@/lib/time/format'
import type { EditReturn, TimelineStatus } from './timeline-types'

export const codeName = (code: Pick<AccessCode, 'name'>) => code.name || 'Unnamed code'

/** "Mon, Dec 1, 2026, 3:00 PM EST – Fri, Dec 5, 2026, 11:00 AM EST" */
const windows = new Map<string, string>()
export function windowText(start: number, end: number, timeZone: string): string {
  // Formatting with a zone name is slow, and a large property's month has thousands of bars
  // that re-render on every zoom and poll: remember the text of each window.
  const key = `${start}|${end}|${timeZone}`
  let text = windows.get(key)
  if (text === undefined) {
    text = `${formatInZone(start, timeZone)} – ${formatInZone(end, timeZone)}`
    if (windows.size >= 20_000) windows.clear()
    windows.set(key, text)
  }
  return text
}

/** "1 error, 2 warnings", or "" without issues. */
export function issueCount(code: Pick<AccessCode, 'errors' | 'warnings'>): string {
  const parts: string[] = []
  const e = code.errors.length
  const w = code.warnings.length
  if (e) parts.push(`${e} ${e === 1 ? 'error' : 'errors'}`)
  if (w) parts.push(`${w} ${w === 1 ? 'warning' : 'warnings'}`)
  return parts.join(', ')
}

/** What a screen reader hears for a bar: name, window, status and issues. */
export function barLabel(
  code: AccessCode,
  start: number,
  end: number,
  status: TimelineStatus,
  timeZone: string,
): string {
  const issues = issueCount(code)
  return `${codeName(code)}, ${windowText(start, end, timeZone)}, status ${status.label}${issues ? `, ${issues}` : ''}`
}

/** A bar's fill, border and text per status tone (text ≥ 4.5:1 on its fill). */
export const toneBar: Record<Tone, string> = {
  success: 'bg-emerald-100 border-emerald-500 text-emerald-950',
  brand: 'bg-brand-50 border-brand-500 text-brand-900',
  info: 'bg-sky-100 border-sky-500 text-sky-950',
  warning: 'bg-amber-100 border-amber-500 text-amber-950',
  neutral: 'bg-slate-100 border-slate-400 text-slate-800',
  danger: 'bg-red-100 border-red-600 text-red-950',
}

/**
 * The edit page of a code, as a plain href: a timeline draws up to thousands of bars, and a
 * router `<Link>` per bar subscribes to the router and re-renders on every navigation.
 */
export function editHref(accessCodeId: string, back: EditReturn): string {
  // Written the way the router writes a search, so it reads it back the same: an all-digit
  // property id is quoted (`propertyId=%221200%22`) and stays a string.
  return `/access-codes/${encodeURIComponent(accessCodeId)}/edit${defaultStringifySearch(back)}`
}
