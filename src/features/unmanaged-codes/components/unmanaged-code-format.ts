import type { UnmanagedAccessCode } from '@/api/schemas/access-code'

import { formatDateTime } from '@/lib/time/format'

/** A time at the lock (its zone, see `lockTimeZone`), or a dash when Seam sent none or a bad one. */
export const formatWhen = (iso: string | null | undefined, timeZone: string | undefined) =>
  (iso && formatDateTime(iso, timeZone, { zoneName: true })) || '—'

/** Codes set at the keypad often have no name; every label, dialog and toast says the same. */
export const nameOf = (code: Pick<UnmanagedAccessCode, 'name'>) => code.name || 'Unnamed code'
