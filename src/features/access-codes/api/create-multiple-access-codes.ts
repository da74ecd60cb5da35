import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { useSilentMutation } from '@/api/use-silent-mutation'
import { accessCodeSchema, type AccessCode } from '@/api/schemas/access-code'
import {
  createMultipleAccessCodesInputSchema,
  type CreateMultipleAccessCodesInput,
} from '@/api/schemas/access-code-inputs'
import { upsertAccessCodes } from './access-code-cache'

const createMultipleAccessCodesResponse = z.looseObject({ access_codes: z.array(accessCodeSchema) })

/** `access_codes/create_multiple`: one shared code (same `common_code_key`) on several locks. */
export async function createMultipleAccessCodes(
  input: CreateMultipleAccessCodesInput,
): Promise<AccessCode[]> {
  const body = createMultipleAccessCodesInputSchema.parse(input)
  const response = await apiRequest(
    'access_codes/create_multiple',
    body,
    createMultipleAccessCodesResponse,
  )
  return response.access_codes
}

/** Creates a shared code; every new code shows as `setting` in every cached view at once. */
export const useCreateMultipleAccessCodes = () =>
  useSilentMutation(createMultipleAccessCodes, (queryClient, codes) =>
    upsertAccessCodes(queryClient, codes),
  )
