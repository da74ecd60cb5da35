import * as z from 'zod/mini'
import { useSilentMutation } from '@/api/use-silent-mutation'
import { accountChange, upsertUser } from './list-users'
import { emailInput, roleInput } from './user-inputs'

export const setUserRoleInput = z.object({ email: emailInput, role: roleInput })
export type SetUserRoleInput = z.output<typeof setUserRoleInput>

/** `POST /api/_doorman/users/set_role`: also ends that person's sessions. */
export const setUserRole = accountChange<SetUserRoleInput>('_doorman/users/set_role')

export const useSetUserRole = () => useSilentMutation(setUserRole, upsertUser)
