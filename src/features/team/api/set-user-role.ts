import { useMutation, useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { teamUserResponse, upsertUser, type TeamUser } from './list-users'
import { emailInput, roleInput } from './user-inputs'

export const setUserRoleInput = z.object({ email: emailInput, role: roleInput })
export type SetUserRoleInput = z.output<typeof setUserRoleInput>

/** `POST /api/_doorman/users/set_role`: also ends that person's sessions. */
export async function setUserRole(input: SetUserRoleInput): Promise<TeamUser> {
  return (await apiRequest('_doorman/users/set_role', input, teamUserResponse)).user
}

export function useSetUserRole() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setUserRole,
    meta: { silent: true },
    onSuccess: (user) => upsertUser(queryClient, user),
  })
}
