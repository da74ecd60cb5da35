import * as z from 'zod/mini'
import { asFastObject, isoDateTime, seamErrorSchema, seamWarningSchema } from './common'

export const codeConstraintSchema = z.looseObject({
  constraint_type: z.string(),
  min_length: z.optional(z.number()),
  max_length: z.optional(z.number()),
})
export type CodeConstraint = z.infer<typeof codeConstraintSchema>

/** Battery status words Seam uses beside the 0..1 level. */
export const batteryStatusSchema = z.enum(['critical', 'low', 'good', 'full'])

export const devicePropertiesSchema = asFastObject(
  z.looseObject({
    name: z.optional(z.string()),
    online: z._default(z.boolean(), false),
    locked: z.optional(z.boolean()),
    door_open: z.optional(z.boolean()),
    /** 0..1 */
    battery_level: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    battery: z.optional(
      z.looseObject({ level: z.number(), status: z.union([batteryStatusSchema, z.string()]) }),
    ),
    manufacturer: z.optional(z.string()),
    model: z.optional(
      z.looseObject({
        display_name: z.optional(z.string()),
        manufacturer_display_name: z.optional(z.string()),
      }),
    ),
    image_url: z.optional(z.string()),
    supported_code_lengths: z.optional(z.array(z.int())),
    code_constraints: z.optional(z.array(codeConstraintSchema)),
    max_active_codes_supported: z.optional(z.number()),
    supports_backup_access_code_pool: z.optional(z.boolean()),
    serial_number: z.optional(z.string()),
  }),
)
export type DeviceProperties = z.infer<typeof devicePropertiesSchema>

export const deviceSchema = asFastObject(
  z.looseObject({
    device_id: z.string(),
    device_type: z.string(),
    display_name: z._default(z.string(), ''),
    nickname: z.optional(z.string()),
    properties: devicePropertiesSchema,
    location: z.optional(
      z.nullable(
        z.looseObject({
          location_name: z.optional(z.string()),
          timezone: z.optional(z.string()),
        }),
      ),
    ),
    capabilities_supported: z._default(z.array(z.string()), []),
    errors: z._default(z.array(seamErrorSchema), []),
    warnings: z._default(z.array(seamWarningSchema), []),
    created_at: isoDateTime,
    workspace_id: z.string(),
    connected_account_id: z.optional(z.string()),
    can_program_online_access_codes: z.optional(z.boolean()),
  }),
)
export type Device = z.infer<typeof deviceSchema>
