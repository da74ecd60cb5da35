import * as z from 'zod/mini'

/**
 * Request bodies for the access-code endpoints. One definition serves the sandbox (which
 * validates incoming requests with it) and the SPA (whose form schema extends it), so the two
 * cannot drift apart.
 */

export const NAME_MAX_LENGTH = 200
/** Seam codes are 4–9 digits on every lock we simulate; a device may narrow this further. */
export const CODE_MIN_LENGTH = 4
export const CODE_MAX_LENGTH = 9

const isValidInstant = (value: string) => !Number.isNaN(Date.parse(value))
export const instantSchema = z
  .string()
  .check(z.refine(isValidInstant, { message: 'Must be a valid ISO 8601 date and time' }))

export const codeSchema = z
  .string()
  .check(
    z.regex(/^\d+$/, { message: 'Code must contain digits only' }),
    z.minLength(CODE_MIN_LENGTH, { message: `Code must be at least ${CODE_MIN_LENGTH} digits` }),
    z.maxLength(CODE_MAX_LENGTH, { message: `Code must be at most ${CODE_MAX_LENGTH} digits` }),
  )

export const nameSchema = z
  .string()
  .check(
    z.trim(),
    z.maxLength(NAME_MAX_LENGTH, { message: `Name must be at most ${NAME_MAX_LENGTH} characters` }),
  )

const codeFields = {
  name: z.optional(nameSchema),
  code: z.optional(codeSchema),
  starts_at: z.optional(instantSchema),
  ends_at: z.optional(instantSchema),
  use_backup_access_code_pool: z.optional(z.boolean()),
  is_one_time_use: z.optional(z.boolean()),
  allow_external_modification: z.optional(z.boolean()),
  is_offline_access_code: z.optional(z.boolean()),
}

type Schedule = {
  starts_at?: string | undefined
  ends_at?: string | undefined
  type?: string | undefined
}

/** `starts_at` and `ends_at` come together, and the end is after the start (Seam's 'Modifying access codes' page). */
export function checkSchedule(value: Schedule, ctx: z.core.$RefinementCtx<Schedule>) {
  if (value.type === 'ongoing') {
    if (value.starts_at !== undefined || value.ends_at !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: 'An ongoing code has no starts_at or ends_at',
      })
    }
    return
  }
  const hasStart = value.starts_at !== undefined
  const hasEnd = value.ends_at !== undefined
  if (hasStart !== hasEnd && value.type === 'time_bound') {
    ctx.addIssue({
      code: 'custom',
      path: [hasStart ? 'ends_at' : 'starts_at'],
      message: 'A time-bound code needs both starts_at and ends_at',
    })
  }
  if (hasStart && hasEnd && Date.parse(value.ends_at!) <= Date.parse(value.starts_at!)) {
    ctx.addIssue({ code: 'custom', path: ['ends_at'], message: 'ends_at must be after starts_at' })
  }
}

const id = z.string().check(z.minLength(1))

export const createAccessCodeInputSchema = z
  .object({ device_id: id, common_code_key: z.optional(z.string()), ...codeFields })
  .check(z.superRefine(checkSchedule))
export type CreateAccessCodeInput = z.input<typeof createAccessCodeInputSchema>

export const createMultipleAccessCodesInputSchema = z
  .object({
    device_ids: z.array(id).check(z.minLength(1, { message: 'Choose at least one device' })),
    behavior_when_code_cannot_be_shared: z.optional(z.enum(['throw', 'create_random_code'])),
    ...codeFields,
  })
  .check(z.superRefine(checkSchedule))
export type CreateMultipleAccessCodesInput = z.input<typeof createMultipleAccessCodesInputSchema>

export const updateAccessCodeInputSchema = z
  .object({
    access_code_id: id,
    device_id: z.optional(z.string()),
    type: z.optional(z.enum(['ongoing', 'time_bound'])),
    ...codeFields,
  })
  .check(z.superRefine(checkSchedule))
export type UpdateAccessCodeInput = z.input<typeof updateAccessCodeInputSchema>

export const updateMultipleAccessCodesInputSchema = z
  .object({
    common_code_key: id,
    name: z.optional(nameSchema),
    starts_at: z.optional(instantSchema),
    ends_at: z.optional(instantSchema),
  })
  .check(z.superRefine(checkSchedule))
export type UpdateMultipleAccessCodesInput = z.input<typeof updateMultipleAccessCodesInputSchema>

export const accessCodeIdInputSchema = z.object({ access_code_id: id })

export const deleteAccessCodeInputSchema = z.object({
  access_code_id: id,
  device_id: z.optional(z.string()),
})

export const listAccessCodesInputSchema = z
  .object({
    device_id: z.optional(id),
    access_code_ids: z.optional(z.array(id).check(z.maxLength(1000))),
    limit: z.optional(z.int().check(z.positive())),
  })
  .check(
    z.refine((v) => v.device_id !== undefined || v.access_code_ids !== undefined, {
      message: 'Provide device_id or access_code_ids',
      path: ['device_id'],
    }),
  )
export type ListAccessCodesInput = z.input<typeof listAccessCodesInputSchema>

export const getAccessCodeInputSchema = z
  .object({
    access_code_id: z.optional(id),
    device_id: z.optional(id),
    code: z.optional(z.string()),
  })
  .check(
    z.refine(
      (v) => v.access_code_id !== undefined || (v.device_id !== undefined && v.code !== undefined),
      {
        message: 'Provide access_code_id, or device_id and code',
        path: ['access_code_id'],
      },
    ),
  )

export const generateCodeInputSchema = z.object({ device_id: id })
