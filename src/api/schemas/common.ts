import * as z from 'zod/mini'

/**
 * `schema`, whose output object is then copied with a spread. Why: zod writes its output key by
 * key in schema order with keyed stores, and once an object gets more than about 16 keys that way
 * (in an order V8 has not seen, e.g. not the wire order) V8 turns it into a slow dictionary-mode
 * object. A spread copy is a fast object again. For the 10,000-code table that was 4.35 MB of
 * dictionaries (about 400 B per code) that every read and every GC walked.
 */
export const asFastObject = <T extends object>(schema: z.ZodMiniType<T>) =>
  z.pipe(
    schema,
    z.transform((value: T): T => ({ ...value })),
  )

/** ISO-8601 timestamp as Seam sends it; kept as a string so it round-trips unchanged. */
export const isoDateTime = z.string().check(z.minLength(1))

/**
 * An error or warning on a device or access code. `error_code`/`warning_code` is a free string:
 * a live API may add codes we do not know yet, and the UI shows the raw code rather than failing.
 */
export const seamErrorSchema = z.looseObject({
  error_code: z.string(),
  message: z._default(z.string(), ''),
  created_at: z.optional(isoDateTime),
})
export type SeamError = z.infer<typeof seamErrorSchema>

export const seamWarningSchema = z.looseObject({
  warning_code: z.string(),
  message: z._default(z.string(), ''),
  created_at: z.optional(isoDateTime),
})
export type SeamWarning = z.infer<typeof seamWarningSchema>

/** Seam nests validation errors like zod's `format()`: `{ _errors: [], field: { _errors: [...] } }`. */
export type ValidationErrors = { _errors?: string[] } & { [field: string]: unknown }
export const validationErrorsSchema: z.ZodMiniType<ValidationErrors> = z.looseObject({
  _errors: z.optional(z.array(z.string())),
})

export const errorEnvelopeSchema = z.object({
  ok: z.literal(false),
  error: z.looseObject({
    type: z.string(),
    message: z.string(),
    request_id: z.optional(z.string()),
    validation_errors: z.optional(validationErrorsSchema),
  }),
})
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>
