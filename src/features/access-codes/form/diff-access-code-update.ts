import type { AccessCode } from '@/api/schemas/access-code'
import type { UpdateAccessCodeInput } from '@/api/schemas/access-code-inputs'
import { instantToWallTime } from '@/lib/time/zoned-time'
import type { AccessCodeDraft } from './access-code-form-schema'

export type AccessCodeChanges = Omit<UpdateAccessCodeInput, 'access_code_id' | 'device_id'>

/** Draft fields with rules of their own below; every other one is a plain field. */
const RULED_FIELDS = new Set<string>([
  'device_ids',
  'name',
  'code',
  'type',
  'starts_at',
  'ends_at',
  'use_backup_access_code_pool',
])

/**
 * A plain field, one the draft names as the access code does (e.g. `is_one_time_use`), is sent
 * when it differs from the code's, so a new such field in the form needs no line here.
 */
function plainChanges(original: AccessCode, draft: AccessCodeDraft): AccessCodeChanges {
  const changes: Record<string, unknown> = {}
  const before = original as Record<string, unknown>
  for (const [field, value] of Object.entries(draft)) {
    if (!RULED_FIELDS.has(field) && value !== undefined && value !== before[field])
      changes[field] = value
  }
  return changes as AccessCodeChanges
}

/**
 * The fields of `draft` that differ from `original`, following Seam's 'Modifying access codes' page:
 * - ongoing → time-bound sends both `starts_at` and `ends_at` (Seam then sets `type`);
 * - time-bound → ongoing sends only `type: "ongoing"` (Seam clears both times);
 * - time-bound → time-bound sends only the time that changed.
 *
 * Times are compared as the wall time shown in `timeZone` (minute precision), so an untouched
 * field never counts as a change — not even when the stored time has seconds, or sits in the
 * repeated hour of a fall-back night, where re-reading the wall time would pick the other instant.
 */
export function diffAccessCodeUpdate(
  original: AccessCode,
  draft: AccessCodeDraft,
  timeZone: string,
): AccessCodeChanges {
  const changes = plainChanges(original, draft)
  if (draft.name !== (original.name ?? '')) changes.name = draft.name
  if (draft.code !== undefined && draft.code !== original.code) changes.code = draft.code

  if (draft.type === 'ongoing') {
    if (original.type === 'time_bound') changes.type = 'ongoing'
    return changes
  }

  const { starts_at, ends_at } = draft
  if (starts_at === undefined || ends_at === undefined) {
    throw new Error('A time-bound draft must carry starts_at and ends_at')
  }
  if (original.type === 'ongoing') {
    changes.starts_at = starts_at
    changes.ends_at = ends_at
  } else {
    const sameWall = (a: string | null | undefined, b: string) =>
      typeof a === 'string' && instantToWallTime(a, timeZone) === instantToWallTime(b, timeZone)
    if (!sameWall(original.starts_at, starts_at)) changes.starts_at = starts_at
    if (!sameWall(original.ends_at, ends_at)) changes.ends_at = ends_at
  }
  if (
    draft.use_backup_access_code_pool !== undefined &&
    draft.use_backup_access_code_pool !== original.is_backup_access_code_available
  ) {
    changes.use_backup_access_code_pool = draft.use_backup_access_code_pool
  }
  return changes
}

export const hasChanges = (changes: AccessCodeChanges) => Object.keys(changes).length > 0
