import * as z from 'zod/mini'
import { useSilentMutation } from '@/api/use-silent-mutation'
import { accountChange, upsertUser } from './list-users'
import { emailInput, passwordInput, roleInput } from './user-inputs'

export const addUserInput = z.object({
  email: emailInput,
  role: roleInput,
  password: passwordInput,
})
export type AddUserInput = z.output<typeof addUserInput>

/** `POST /api/_doorman/users/add`: a new account that can sign in at once. */
export const addUser = accountChange<AddUserInput>('_doorman/users/add')

/** The form shows the error on its field. */
export const useAddUser = () => useSilentMutation(addUser, upsertUser)
