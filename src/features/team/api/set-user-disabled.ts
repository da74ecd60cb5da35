import { useMutation, useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { teamUserResponse, upsertUser, type TeamUser } from './list-users'
import { emailInput } from './user-inputs'

export const setUserDisabledInput = z.object({ email: emailInput, disabled: z.boolean() })
export type SetUserDisabledInput = z.output<typeof setUserDisabledInput>

/** `POST /api/_doorman/users/set_disabled`: a disabled account cannot sign in; its sessions end. */
export async function setUserDisabled(input: SetUserDisabledInput): Promise<TeamUser> {
  return (await apiRequest('_doorman/users/set_disabled', input, teamUserResponse)).user
}

export function useSetUserDisabled() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setUserDisabled,
    meta: { silent: true },
    onSuccess: (user) => upsertUser(queryClient, user),
  })
}
