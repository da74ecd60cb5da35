import * as z from 'zod/mini'
import { enumWithDefault, optionalEnum, optionalText } from '@/lib/search-params'
import { SEVERITIES } from '@/lib/catalogue/severity'

/** `/triage` search params; anything invalid in the URL falls back to "no filter". */
export const triageSearchSchema = z.object({
  severity: optionalEnum(SEVERITIES),
  kind: optionalEnum(['error', 'warning']),
  code: optionalText,
  device: optionalText,
  property: optionalText,
  /** Only locks without a location (the properties overview's "No property"). */
  unassigned: z.catch(z.optional(z.boolean()), undefined),
  sort: enumWithDefault(['count', 'recent', 'severity'], 'count'),
})
export type TriageSearch = z.output<typeof triageSearchSchema>
