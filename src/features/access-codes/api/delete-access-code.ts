import { useMutation, useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import type { AccessCode } from '@/api/schemas/access-code'
import { accessCodeKeys } from './access-code-keys'
import { upsertAccessCodes } from './access-code-cache'

const deleteAccessCodeResponse = z.looseObject({
  action_attempt: z.optional(z.looseObject({ action_attempt_id: z.optional(z.string()) })),
})

/** `access_codes/delete { access_code_id }`: Seam starts removing the code from the lock. */
export async function deleteAccessCode(accessCodeId: string): Promise<void> {
  await apiRequest(
    'access_codes/delete',
    { access_code_id: accessCodeId },
    deleteAccessCodeResponse,
  )
}

/**
 * Deletes a code. Every view shows it as `removing` at once; the poller drops it from the tables
 * when Seam no longer lists it. If the request fails, the code goes back to how it was. The
 * caller shows the error (Seam's message and request_id) where the user is looking.
 */
export function useDeleteAccessCode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (code: AccessCode) => deleteAccessCode(code.access_code_id),
    meta: { silent: true },
    onMutate: async (code) => {
      // An in-flight list must not land after this and put the old status back.
      await Promise.all([
        queryClient.cancelQueries({ queryKey: accessCodeKeys.byDevice(code.device_id) }),
        queryClient.cancelQueries({ queryKey: accessCodeKeys.detail(code.access_code_id) }),
      ])
      upsertAccessCodes(queryClient, [{ ...code, status: 'removing' }])
      return { previous: code }
    },
    onError: (_error, _code, context) => {
      if (context?.previous) upsertAccessCodes(queryClient, [context.previous])
    },
  })
}
