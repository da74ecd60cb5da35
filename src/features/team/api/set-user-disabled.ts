import * as z from 'zod/mini'
import { useSilentMutation } from '@/api/use-silent-mutation'
import { accountChange, upsertUser } from './list-users'
import { emailInput } from './user-inputs'

export const setUserDisabledInput = z.object({ email: emailInput, disabled: z.boolean() })
export type SetUserDisabledInput = z.output<typeof setUserDisabledInput>

/** `POST /api/_doorman/users/set_disabled`: a disabled account cannot sign in; its sessions end. */
export const setUserDisabled = accountChange<SetUserDisabledInput>('_doorman/users/set_disabled')

export const useSetUserDisabled = () => useSilentMutation(setUserDisabled, upsertUser)
