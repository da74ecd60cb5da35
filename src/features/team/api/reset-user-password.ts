import { useMutation, useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { teamUserResponse, upsertUser, type TeamUser } from './list-users'
import { emailInput, passwordInput } from './user-inputs'

export const resetUserPasswordInput = z.object({ email: emailInput, password: passwordInput })
export type ResetUserPasswordInput = z.output<typeof resetUserPasswordInput>

/** `POST /api/_doorman/users/reset_password`: the new password works at once; sessions end. */
export async function resetUserPassword(input: ResetUserPasswordInput): Promise<TeamUser> {
  return (await apiRequest('_doorman/users/reset_password', input, teamUserResponse)).user
}

export function useResetUserPassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resetUserPassword,
    meta: { silent: true },
    onSuccess: (user) => upsertUser(queryClient, user),
  })
}
