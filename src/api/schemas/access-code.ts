import { z } from 'zod'
import { isoDateTime, seamErrorSchema, seamWarningSchema } from './common'

export const ACCESS_CODE_STATUSES = ['setting', 'set', 'unset', 'removing', 'unknown'] as const
export const accessCodeStatusSchema = z.enum(ACCESS_CODE_STATUSES)
export type AccessCodeStatus = z.infer<typeof accessCodeStatusSchema>

export const ACCESS_CODE_TYPES = ['ongoing', 'time_bound'] as const
export const accessCodeTypeSchema = z.enum(ACCESS_CODE_TYPES)
export type AccessCodeType = z.infer<typeof accessCodeTypeSchema>

/**
 * A managed access code (seed 002). Unknown keys pass; fields a provider may omit default to
 * what Seam documents, so Seam's own fake and a live API both parse.
 */
export const accessCodeSchema = z.looseObject({
  access_code_id: z.string(),
  device_id: z.string(),
  name: z.string().nullable().default(null),
  code: z.string().nullable().default(null),
  common_code_key: z.string().nullable().default(null),
  type: accessCodeTypeSchema,
  // A status this client does not know yet is shown as `unknown` rather than breaking the page.
  status: accessCodeStatusSchema.catch('unknown'),
  starts_at: isoDateTime.nullable().optional(),
  ends_at: isoDateTime.nullable().optional(),
  created_at: isoDateTime,
  errors: z.array(seamErrorSchema).default([]),
  warnings: z.array(seamWarningSchema).default([]),
  is_managed: z.boolean().default(true),
  is_backup: z.boolean().optional(),
  is_backup_access_code_available: z.boolean().default(false),
  is_external_modification_allowed: z.boolean().default(false),
  is_offline_access_code: z.boolean().default(false),
  is_one_time_use: z.boolean().default(false),
  is_scheduled_on_device: z.boolean().nullable().optional(),
  is_waiting_for_code_assignment: z.boolean().optional(),
  pulled_backup_access_code_id: z.string().nullable().optional(),
})
export type AccessCode = z.infer<typeof accessCodeSchema>

/** A code found on a lock that was not created through the API (seed 003). */
export const unmanagedAccessCodeSchema = z.looseObject({
  access_code_id: z.string(),
  device_id: z.string(),
  name: z.string().nullable().default(null),
  code: z.string().nullable().default(null),
  type: accessCodeTypeSchema.default('ongoing'),
  status: accessCodeStatusSchema.catch('set'),
  starts_at: isoDateTime.nullable().optional(),
  ends_at: isoDateTime.nullable().optional(),
  created_at: isoDateTime,
  errors: z.array(seamErrorSchema).default([]),
  warnings: z.array(seamWarningSchema).default([]),
  is_managed: z.literal(false).default(false),
})
export type UnmanagedAccessCode = z.infer<typeof unmanagedAccessCodeSchema>
