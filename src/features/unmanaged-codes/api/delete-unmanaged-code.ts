import type { UnmanagedAccessCode } from '@/api/schemas/access-code'
import { unmanagedCodeAction, useUnmanagedCodeChange } from './unmanaged-code-action'
import { unmanagedCodeKeys } from './unmanaged-code-keys'

export type DeleteUnmanagedCodeInput = { access_code_id: string; device_id: string }

/** `access_codes/unmanaged/delete`: removes a code that was set outside Seam from the lock. */
export const deleteUnmanagedCode = (input: DeleteUnmanagedCodeInput) =>
  unmanagedCodeAction('access_codes/unmanaged/delete', { access_code_id: input.access_code_id })

export const useDeleteUnmanagedCode = () =>
  useUnmanagedCodeChange(deleteUnmanagedCode, {
    onSuccess: (queryClient, input) => {
      queryClient.setQueryData<UnmanagedAccessCode[]>(
        unmanagedCodeKeys.byDevice(input.device_id),
        (old) => old?.filter((code) => code.access_code_id !== input.access_code_id),
      )
      queryClient.removeQueries({ queryKey: unmanagedCodeKeys.detail(input.access_code_id) })
    },
  })
