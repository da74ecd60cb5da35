import { z } from 'zod'
import { isoDateTime, seamErrorSchema, seamWarningSchema } from './common'

export const codeConstraintSchema = z.looseObject({
  constraint_type: z.string(),
  min_length: z.number().optional(),
  max_length: z.number().optional(),
})
export type CodeConstraint = z.infer<typeof codeConstraintSchema>

/** Battery status words Seam uses beside the 0..1 level. */
export const batteryStatusSchema = z.enum(['critical', 'low', 'good', 'full'])

export const devicePropertiesSchema = z.looseObject({
  name: z.string().optional(),
  online: z.boolean().default(false),
  locked: z.boolean().optional(),
  door_open: z.boolean().optional(),
  /** 0..1 */
  battery_level: z.number().min(0).max(1).optional(),
  battery: z
    .looseObject({ level: z.number(), status: batteryStatusSchema.or(z.string()) })
    .optional(),
  manufacturer: z.string().optional(),
  model: z
    .looseObject({
      display_name: z.string().optional(),
      manufacturer_display_name: z.string().optional(),
    })
    .optional(),
  image_url: z.string().optional(),
  supported_code_lengths: z.array(z.number().int()).optional(),
  code_constraints: z.array(codeConstraintSchema).optional(),
  max_active_codes_supported: z.number().optional(),
  supports_backup_access_code_pool: z.boolean().optional(),
  serial_number: z.string().optional(),
})
export type DeviceProperties = z.infer<typeof devicePropertiesSchema>

export const deviceSchema = z.looseObject({
  device_id: z.string(),
  device_type: z.string(),
  display_name: z.string().default(''),
  nickname: z.string().optional(),
  properties: devicePropertiesSchema,
  location: z
    .looseObject({
      location_name: z.string().optional(),
      timezone: z.string().optional(),
    })
    .nullable()
    .optional(),
  capabilities_supported: z.array(z.string()).default([]),
  errors: z.array(seamErrorSchema).default([]),
  warnings: z.array(seamWarningSchema).default([]),
  created_at: isoDateTime,
  workspace_id: z.string(),
  connected_account_id: z.string().optional(),
  can_program_online_access_codes: z.boolean().optional(),
})
export type Device = z.infer<typeof deviceSchema>
