import type { UnmanagedAccessCode } from '@/api/schemas/access-code'

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** A date in the viewer's locale, or a dash when Seam sent none (or one that does not parse). */
export const formatWhen = (iso: string | null | undefined) =>
  iso && !Number.isNaN(Date.parse(iso)) ? dateTime.format(Date.parse(iso)) : '—'

/** Codes set at the keypad often have no name; every label, dialog and toast says the same. */
export const nameOf = (c: Pick<UnmanagedAccessCode, 'name'>) => c.name || 'Unnamed code'
