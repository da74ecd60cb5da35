import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { useSilentMutation } from '@/api/use-silent-mutation'
import type { AccessCode } from '@/api/schemas/access-code'
import {
  updateAccessCodeInputSchema,
  type UpdateAccessCodeInput,
} from '@/api/schemas/access-code-inputs'
import { upsertAccessCodes } from './access-code-cache'
import { getAccessCode } from './get-access-code'

const updateAccessCodeResponse = z.looseObject({})

/**
 * `access_codes/update` with only the changed fields (Seam's 'Modifying access codes' page), then `access_codes/get`: the
 * update answers with an action attempt, not the code, and every view should show the code as
 * the server now has it (`setting` again while the lock is reprogrammed).
 */
export async function updateAccessCode(input: UpdateAccessCodeInput): Promise<AccessCode> {
  const body = updateAccessCodeInputSchema.parse(input)
  await apiRequest('access_codes/update', body, updateAccessCodeResponse)
  return getAccessCode(body.access_code_id)
}

/** Errors are shown by the form; the code as the server now has it goes into every view. */
export const useUpdateAccessCode = () =>
  useSilentMutation(updateAccessCode, (queryClient, code) => upsertAccessCodes(queryClient, [code]))
