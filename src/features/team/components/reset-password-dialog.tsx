import { useId } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import {
  resetUserPasswordInput,
  useResetUserPassword,
  type ResetUserPasswordInput,
} from '../api/reset-user-password'
import { MIN_PASSWORD_LENGTH } from '../api/user-inputs'
import type { UserField } from '../lib/user-errors'
import { TextField } from './text-field'
import { useAccountForm } from './use-account-form'

const FIELDS = ['password'] as const satisfies readonly UserField[]

/** Sets a new password for `email`; their sessions end, so they sign in again with it. */
export function ResetPasswordDialog({
  email,
  onClose,
  onDone,
}: {
  /** The account, or null when closed. */
  email: string | null
  onClose: () => void
  onDone: (email: string) => void
}) {
  return (
    <Dialog
      open={email !== null}
      onClose={onClose}
      title={email ? `Reset the password of ${email}` : 'Reset password'}
      description="They are signed out everywhere and sign in again with the new password."
    >
      {email ? (
        <ResetPasswordForm key={email} email={email} onClose={onClose} onDone={onDone} />
      ) : null}
    </Dialog>
  )
}

function ResetPasswordForm({
  email,
  onClose,
  onDone,
}: {
  email: string
  onClose: () => void
  onDone: (email: string) => void
}) {
  const uid = useId()
  const resetPassword = useResetUserPassword()
  const { form, formError, onSubmit } = useAccountForm(resetUserPasswordInput, FIELDS, {
    email,
    password: '',
  })
  const {
    register,
    formState: { errors, isSubmitting },
  } = form
  const submit = onSubmit(async (input: ResetUserPasswordInput) => {
    await resetPassword.mutateAsync(input)
    onDone(email)
  })

  return (
    <form noValidate className="space-y-4" onSubmit={submit}>
      <TextField
        id={`${uid}-password`}
        label="New password"
        type="password"
        autoComplete="new-password"
        // The dialog opens to type the password.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password?.message}
        {...register('password')}
      />
      {formError ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          Could not reset the password: {formError}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Set new password'}
        </Button>
      </div>
    </form>
  )
}
