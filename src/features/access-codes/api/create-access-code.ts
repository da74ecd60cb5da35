import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { useSilentMutation } from '@/api/use-silent-mutation'
import { accessCodeSchema, type AccessCode } from '@/api/schemas/access-code'
import {
  createAccessCodeInputSchema,
  type CreateAccessCodeInput,
} from '@/api/schemas/access-code-inputs'
import { upsertAccessCodes } from './access-code-cache'

const createAccessCodeResponse = z.looseObject({ access_code: accessCodeSchema })

/**
 * `access_codes/create`. The body is checked with the same schema the server validates with, so
 * a request the server would reject for its shape never leaves the browser.
 */
export async function createAccessCode(input: CreateAccessCodeInput): Promise<AccessCode> {
  const body = createAccessCodeInputSchema.parse(input)
  const response = await apiRequest('access_codes/create', body, createAccessCodeResponse)
  return response.access_code
}

/**
 * Creates a code and puts the server's copy (status `setting`) into every cached view at once;
 * the poller takes it from there. Errors are shown by the form (on fields or inline), not toasted.
 */
export const useCreateAccessCode = () =>
  useSilentMutation(createAccessCode, (queryClient, code) => upsertAccessCodes(queryClient, [code]))
