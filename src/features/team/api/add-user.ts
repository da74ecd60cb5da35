import { useMutation, useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { teamUserResponse, upsertUser, type TeamUser } from './list-users'
import { emailInput, passwordInput, roleInput } from './user-inputs'

export const addUserInput = z.object({
  email: emailInput,
  role: roleInput,
  password: passwordInput,
})
export type AddUserInput = z.output<typeof addUserInput>

/** `POST /api/_doorman/users/add`: a new account that can sign in at once. */
export async function addUser(input: AddUserInput): Promise<TeamUser> {
  return (await apiRequest('_doorman/users/add', input, teamUserResponse)).user
}

/** The form shows the error on its field, so no global toast. */
export function useAddUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addUser,
    meta: { silent: true },
    onSuccess: (user) => upsertUser(queryClient, user),
  })
}
