import * as z from 'zod/mini'
import { apiRequest } from './client'

const revealResponse = z.object({ access_code_id: z.string(), code: z.nullable(z.string()) })

/**
 * Asks the server for one code's PIN. Every call is checked against the role and written to the
 * audit log (`copy` is recorded as its own action), so it is made on each click, never cached.
 */
export async function revealCode(input: {
  accessCodeId: string
  purpose: 'reveal' | 'copy'
  unmanaged?: boolean
}): Promise<string | null> {
  const response = await apiRequest(
    '_doorman/reveal_code',
    {
      access_code_id: input.accessCodeId,
      purpose: input.purpose,
      unmanaged: input.unmanaged ?? false,
    },
    revealResponse,
  )
  return response.code
}
