import { AUDITED_CODE_FIELDS } from '@/lib/audited-fields'

/**
 * An audit entry's `details` as lines a person reads: for an update, each field that changed with
 * its value before and after; for a create, what was set; otherwise the recorded facts. The PIN
 * itself is never recorded, only whether it changed.
 */
export type DetailLine =
  | { kind: 'change'; field: string; label: string; before: string; after: string }
  | { kind: 'value'; field: string; label: string; value: string }

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  type: 'Type',
  starts_at: 'Starts',
  ends_at: 'Ends',
  is_one_time_use: 'One-time use',
  use_backup_access_code_pool: 'Backup code pool',
  prefer_native_scheduling: 'Native scheduling',
  allow_external_modification: 'External changes allowed',
  code_changed: 'PIN',
  code_chosen: 'PIN',
  backup_access_code_id: 'Backup code ID',
  backup_name: 'Backup code',
  email: 'Account',
  role: 'Role',
  disabled: 'Disabled',
  online: 'Online',
  device_id: 'Lock',
  device_ids: 'Locks',
  ms: 'Advanced by',
  now: 'Clock set to',
  seed: 'Seed',
}

/** Fields an update records before and after, in the order they are shown. */
const FIELD_ORDER: readonly string[] = AUDITED_CODE_FIELDS

const VALUE_WORDS: Readonly<Record<string, string>> = {
  time_bound: 'Time-bound',
  ongoing: 'Ongoing',
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

export type FormatTime = (iso: string) => string

export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field]
  if (known) return known
  const words = field.replace(/[_.]+/g, ' ').trim()
  return words ? words[0]!.toUpperCase() + words.slice(1) : field
}

/** One recorded value in words: times in the viewer's zone, yes/no, "none" for nothing. */
export function formatValue(value: unknown, formatTime: FormatTime, field?: string): string {
  if (value === null || value === undefined || value === '') return 'none'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number') {
    if (field === 'ms') return formatDuration(value)
    return String(value)
  }
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatTime(value)
    return VALUE_WORDS[value] ?? value
  }
  if (Array.isArray(value)) return value.map((v) => formatValue(v, formatTime)).join(', ')
  return JSON.stringify(value)
}

function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  if (Math.abs(minutes) < 1) return `${Math.round(ms / 1000)} s`
  if (Math.abs(minutes) < 60) return `${minutes} min`
  const hours = ms / 3_600_000
  if (Math.abs(hours) < 48) return `${Number(hours.toFixed(1))} h`
  return `${Number((hours / 24).toFixed(1))} days`
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const ordered = (keys: Iterable<string>) =>
  [...new Set(keys)].sort((a, b) => {
    const ia = FIELD_ORDER.indexOf(a)
    const ib = FIELD_ORDER.indexOf(b)
    return (ia === -1 ? FIELD_ORDER.length : ia) - (ib === -1 ? FIELD_ORDER.length : ib)
  })

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null) ||
  (typeof a === 'string' &&
    typeof b === 'string' &&
    ISO_INSTANT.test(a) &&
    ISO_INSTANT.test(b) &&
    Date.parse(a) === Date.parse(b))

export function describeDetails(
  details: Record<string, unknown> | null | undefined,
  formatTime: FormatTime,
): DetailLine[] {
  if (!details) return []
  const lines: DetailLine[] = []
  const before = isRecord(details['before']) ? details['before'] : undefined
  const after = isRecord(details['after']) ? details['after'] : undefined

  if (before && after) {
    for (const field of ordered([...Object.keys(before), ...Object.keys(after)])) {
      if (same(before[field], after[field])) continue
      lines.push({
        kind: 'change',
        field,
        label: fieldLabel(field),
        before: formatValue(before[field], formatTime, field),
        after: formatValue(after[field], formatTime, field),
      })
    }
  } else if (after) {
    for (const field of ordered(Object.keys(after))) {
      if (after[field] === null || after[field] === undefined) continue
      lines.push({
        kind: 'value',
        field,
        label: fieldLabel(field),
        value: formatValue(after[field], formatTime, field),
      })
    }
  }

  for (const [field, value] of Object.entries(details)) {
    if (field === 'before' || field === 'after') continue
    if (field === 'code_changed') {
      if (value === true) lines.push({ kind: 'value', field, label: 'PIN', value: 'changed' })
      continue
    }
    if (field === 'code_chosen') {
      lines.push({
        kind: 'value',
        field,
        label: 'PIN',
        value: value === true ? 'chosen by hand' : 'chosen by Seam',
      })
      continue
    }
    lines.push({
      kind: 'value',
      field,
      label: fieldLabel(field),
      value: formatValue(value, formatTime, field),
    })
  }
  return lines
}

/** The lines as one sentence, for a screen reader or a copy: "Name: A → B; Ends: none → …". */
export function detailsText(lines: readonly DetailLine[]): string {
  return lines
    .map((l) =>
      l.kind === 'change' ? `${l.label}: ${l.before} → ${l.after}` : `${l.label}: ${l.value}`,
    )
    .join('; ')
}
