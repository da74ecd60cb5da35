import * as z from 'zod/mini'
import { useSilentMutation } from '@/api/use-silent-mutation'
import { accountChange, upsertUser } from './list-users'
import { emailInput, passwordInput } from './user-inputs'

export const resetUserPasswordInput = z.object({ email: emailInput, password: passwordInput })
export type ResetUserPasswordInput = z.output<typeof resetUserPasswordInput>

/** `POST /api/_doorman/users/reset_password`: the new password works at once; sessions end. */
export const resetUserPassword = accountChange<ResetUserPasswordInput>(
  '_doorman/users/reset_password',
)

export const useResetUserPassword = () => useSilentMutation(resetUserPassword, upsertUser)
