import { z } from 'zod'
import { SEVERITIES } from '@/lib/catalogue/error-catalogue'

const optionalText = z.string().trim().min(1).max(200).optional().catch(undefined)

/** `/triage` search params; anything invalid in the URL falls back to "no filter". */
export const triageSearchSchema = z.object({
  severity: z.enum(SEVERITIES).optional().catch(undefined),
  kind: z.enum(['error', 'warning']).optional().catch(undefined),
  code: optionalText,
  device: optionalText,
  property: optionalText,
  sort: z.enum(['count', 'recent', 'severity']).default('count').catch('count'),
})
export type TriageSearch = z.output<typeof triageSearchSchema>
