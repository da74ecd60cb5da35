import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/api/client'
import { actionResponseSchema, throwIfAttemptFailed } from './action-result'
import { EVENTS_KEY, MANAGED_ACCESS_CODES_KEY, unmanagedCodeKeys } from './unmanaged-code-keys'

export type ConvertUnmanagedCodeInput = {
  access_code_id: string
  device_id: string
  /** Keep accepting changes made at the lock or in the manufacturer's app. */
  is_external_modification_allowed?: boolean
}

/** `access_codes/unmanaged/convert_to_managed`: Seam takes over a code found on the lock. */
export async function convertUnmanagedCode(input: ConvertUnmanagedCodeInput) {
  const response = await apiRequest(
    'access_codes/unmanaged/convert_to_managed',
    {
      access_code_id: input.access_code_id,
      ...(input.is_external_modification_allowed !== undefined
        ? { is_external_modification_allowed: input.is_external_modification_allowed }
        : {}),
    },
    actionResponseSchema,
  )
  throwIfAttemptFailed(response)
  return response
}

export function useConvertUnmanagedCode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: convertUnmanagedCode,
    // The dialog shows the error itself, with the request id.
    meta: { silent: true },
    onSuccess: (_data, input) => {
      queryClient.removeQueries({ queryKey: unmanagedCodeKeys.detail(input.access_code_id) })
    },
    onSettled: (_data, _error, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: unmanagedCodeKeys.byDevice(input.device_id) }),
        // Now a managed code: every managed-code table and detail refetches.
        queryClient.invalidateQueries({ queryKey: MANAGED_ACCESS_CODES_KEY }),
        queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
      ]),
  })
}
