import * as z from 'zod/mini'
import { asFastObject, isoDateTime, seamErrorSchema, seamWarningSchema } from './common'

export const ACCESS_CODE_STATUSES = ['setting', 'set', 'unset', 'removing', 'unknown'] as const
export const accessCodeStatusSchema = z.enum(ACCESS_CODE_STATUSES)
export type AccessCodeStatus = z.infer<typeof accessCodeStatusSchema>

export const ACCESS_CODE_TYPES = ['ongoing', 'time_bound'] as const
export const accessCodeTypeSchema = z.enum(ACCESS_CODE_TYPES)
export type AccessCodeType = z.infer<typeof accessCodeTypeSchema>

const nullableText = z._default(z.nullable(z.string()), null)
const optionalInstant = z.optional(z.nullable(isoDateTime))
const issues = {
  errors: z._default(z.array(seamErrorSchema), []),
  warnings: z._default(z.array(seamWarningSchema), []),
}

/** What managed and unmanaged codes both carry: which code on which lock, its name and its PIN. */
const codeIdentity = {
  access_code_id: z.string(),
  device_id: z.string(),
  name: nullableText,
  code: nullableText,
  // Set by Doorman's server when it removed the PIN (server/dashboard/pins.ts): a PIN exists,
  // and only an audited reveal shows it.
  doorman_code_hidden: z.optional(z.boolean()),
}

/**
 * A managed access code (Seam's access_code object page). Unknown keys pass; fields a provider may omit default to
 * what Seam documents, so Seam's own fake and a live API both parse.
 */
export const accessCodeSchema = asFastObject(
  z.looseObject({
    ...codeIdentity,
    common_code_key: nullableText,
    type: accessCodeTypeSchema,
    // A status this client does not know yet is shown as `unknown` rather than breaking the page.
    status: z.catch(accessCodeStatusSchema, 'unknown'),
    starts_at: optionalInstant,
    ends_at: optionalInstant,
    created_at: isoDateTime,
    ...issues,
    is_managed: z._default(z.boolean(), true),
    is_backup: z.optional(z.boolean()),
    is_backup_access_code_available: z._default(z.boolean(), false),
    is_external_modification_allowed: z._default(z.boolean(), false),
    is_offline_access_code: z._default(z.boolean(), false),
    is_one_time_use: z._default(z.boolean(), false),
    is_scheduled_on_device: z.optional(z.nullable(z.boolean())),
    is_waiting_for_code_assignment: z.optional(z.boolean()),
    pulled_backup_access_code_id: z.optional(z.nullable(z.string())),
  }),
)
export type AccessCode = z.infer<typeof accessCodeSchema>

/** A code found on a lock that was not created through the API (Seam's `access_codes/unmanaged/get` page). */
export const unmanagedAccessCodeSchema = asFastObject(
  z.looseObject({
    ...codeIdentity,
    type: z._default(accessCodeTypeSchema, 'ongoing'),
    status: z.catch(accessCodeStatusSchema, 'set'),
    starts_at: optionalInstant,
    ends_at: optionalInstant,
    created_at: isoDateTime,
    ...issues,
    is_managed: z._default(z.literal(false), false),
  }),
)
export type UnmanagedAccessCode = z.infer<typeof unmanagedAccessCodeSchema>
