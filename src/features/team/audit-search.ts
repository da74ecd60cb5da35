import * as z from 'zod/mini'
import { enumWithDefault, optionalInstant, optionalText } from '@/lib/search-params'
import { LOG_RANGES, type LogRange } from '@/lib/time/log-ranges'

/** Relative windows are resolved when the request is made, so the URL and cache key stay stable. */
export const AUDIT_RANGES = LOG_RANGES
export type AuditRange = LogRange

/**
 * `/audit` search params: `?actor=&action=&device_id=&access_code_id=&range=&from=&to=`. The
 * id names are the API's, so a lock or code page can link to `/audit?device_id=…`. Anything
 * invalid falls back to "not set", so a stale or hand-edited link still opens the page.
 */
export const auditSearchSchema = z.object({
  /** An account's email (the server matches it exactly, case-insensitively), or `local`. */
  actor: optionalText,
  /** An audit action, e.g. `access_code.update`. */
  action: optionalText,
  device_id: optionalText,
  access_code_id: optionalText,
  range: enumWithDefault(AUDIT_RANGES, 'all'),
  /** ISO instants, used when `range` is `custom`. Either may be missing. */
  from: optionalInstant,
  to: optionalInstant,
})
export type AuditSearch = z.output<typeof auditSearchSchema>
