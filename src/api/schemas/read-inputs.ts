import * as z from 'zod/mini'
import { getAccessCodeInputSchema, instantSchema } from './access-code-inputs'

/**
 * Request bodies for the read endpoints and the unmanaged-code actions: the sandbox validates
 * incoming requests with these, and the SPA's fetchers type their bodies with them, so the two
 * cannot drift apart (as `access-code-inputs.ts` does for the access-code writes).
 */

const id = z.string().check(z.minLength(1))
const ids = z.array(id).check(z.maxLength(1000))
const limit = (max: number) => z.int().check(z.positive(), z.maximum(max))

export const listDevicesInput = z.object({
  device_ids: z.optional(ids),
  connected_account_id: z.optional(id),
  manufacturer: z.optional(id),
  device_type: z.optional(id),
  limit: z.optional(limit(10_000)),
})
export const getDeviceInput = z.object({ device_id: id })

/**
 * `events/list`. Seam also requires exactly one of `since` and `between`; the sandbox checks that
 * itself, to answer with Seam's own message and shape.
 */
export const listEventsInput = z.object({
  device_id: z.optional(id),
  device_ids: z.optional(ids),
  access_code_id: z.optional(id),
  access_code_ids: z.optional(ids),
  event_type: z.optional(id),
  event_types: z.optional(z.array(id).check(z.maxLength(100))),
  since: z.optional(instantSchema),
  between: z.optional(
    z.array(instantSchema).check(z.length(2, { message: 'between takes exactly two instants' })),
  ),
  limit: z.optional(limit(10_000)),
})
export type ListEventsInput = z.input<typeof listEventsInput>

export const listUnmanagedCodesInput = z.object({
  device_id: id,
  limit: z.optional(limit(Number.MAX_SAFE_INTEGER)),
})
/** `access_codes/unmanaged/get` takes what `access_codes/get` takes. */
export const getUnmanagedCodeInput = getAccessCodeInputSchema
export const convertUnmanagedCodeInput = z.object({
  access_code_id: id,
  is_external_modification_allowed: z.optional(z.boolean()),
  allow_external_modification: z.optional(z.boolean()),
  force: z.optional(z.boolean()),
  sync: z.optional(z.boolean()),
})
export const deleteUnmanagedCodeInput = z.object({
  access_code_id: id,
  sync: z.optional(z.boolean()),
})

export const getWorkspaceInput = z.object({ workspace_id: z.optional(z.string()) })
export const getActionAttemptInput = z.object({ action_attempt_id: id })
