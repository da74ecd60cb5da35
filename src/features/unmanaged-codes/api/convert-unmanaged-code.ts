import { unmanagedCodeAction, useUnmanagedCodeChange } from './unmanaged-code-action'
import { MANAGED_ACCESS_CODES_KEY, unmanagedCodeKeys } from './unmanaged-code-keys'

export type ConvertUnmanagedCodeInput = {
  access_code_id: string
  device_id: string
  /** Keep accepting changes made at the lock or in the manufacturer's app. */
  is_external_modification_allowed?: boolean
}

/** `access_codes/unmanaged/convert_to_managed`: Seam takes over a code found on the lock. */
export const convertUnmanagedCode = (input: ConvertUnmanagedCodeInput) =>
  unmanagedCodeAction('access_codes/unmanaged/convert_to_managed', {
    access_code_id: input.access_code_id,
    ...(input.is_external_modification_allowed !== undefined
      ? { is_external_modification_allowed: input.is_external_modification_allowed }
      : {}),
  })

export const useConvertUnmanagedCode = () =>
  useUnmanagedCodeChange(convertUnmanagedCode, {
    onSuccess: (queryClient, input) =>
      queryClient.removeQueries({ queryKey: unmanagedCodeKeys.detail(input.access_code_id) }),
    // Now a managed code: every managed-code table and detail refetches.
    alsoRefetch: [MANAGED_ACCESS_CODES_KEY],
  })
