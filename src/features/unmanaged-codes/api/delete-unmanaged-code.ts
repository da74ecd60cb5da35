import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/api/client'
import type { UnmanagedAccessCode } from '@/api/schemas/access-code'
import { actionResponseSchema, throwIfAttemptFailed } from './action-result'
import { EVENTS_KEY, unmanagedCodeKeys } from './unmanaged-code-keys'

export type DeleteUnmanagedCodeInput = { access_code_id: string; device_id: string }

/** `access_codes/unmanaged/delete`: removes a code that was set outside Seam from the lock. */
export async function deleteUnmanagedCode(input: DeleteUnmanagedCodeInput) {
  const response = await apiRequest(
    'access_codes/unmanaged/delete',
    { access_code_id: input.access_code_id },
    actionResponseSchema,
  )
  throwIfAttemptFailed(response)
  return response
}

export function useDeleteUnmanagedCode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteUnmanagedCode,
    meta: { silent: true },
    onSuccess: (_data, input) => {
      queryClient.setQueryData<UnmanagedAccessCode[]>(
        unmanagedCodeKeys.byDevice(input.device_id),
        (old) => old?.filter((code) => code.access_code_id !== input.access_code_id),
      )
      queryClient.removeQueries({ queryKey: unmanagedCodeKeys.detail(input.access_code_id) })
    },
    onSettled: (_data, _error, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: unmanagedCodeKeys.byDevice(input.device_id) }),
        queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
      ]),
  })
}
