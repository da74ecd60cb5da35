import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { accessCodeSchema, type AccessCode } from '@/api/schemas/access-code'
import {
  createAccessCodeInputSchema,
  type CreateAccessCodeInput,
} from '@/api/schemas/access-code-inputs'

const createResponse = z.looseObject({ access_code: accessCodeSchema })

/**
 * One row of an import: `access_codes/create` through the dashboard's proxy, which checks the
 * role and writes the audit entry for it as for a code made in the form.
 */
export async function createImportedCode(
  input: CreateAccessCodeInput,
  signal?: AbortSignal,
): Promise<AccessCode> {
  const body = createAccessCodeInputSchema.parse(input)
  const response = await apiRequest('access_codes/create', body, createResponse, { signal })
  return response.access_code
}
