import { useId, useState } from 'react'
import type * as z from 'zod/mini'
import { UserPlus } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { ROLES } from '@/lib/permissions'
import { addUserInput, useAddUser, type AddUserInput } from '../api/add-user'
import type { TeamUser } from '../api/list-users'
import { MIN_PASSWORD_LENGTH } from '../api/user-inputs'
import type { UserField } from '../lib/user-errors'
import { ROLE_DESCRIPTIONS, roleName } from '../lib/roles'
import { inputClass, TextField } from './text-field'
import { useAccountForm } from './use-account-form'

type Values = z.input<typeof addUserInput>
const FIELDS = ['email', 'role', 'password'] as const satisfies readonly UserField[]
const blank: Values = { email: '', role: 'viewer', password: '' }

/** Adds an account. The request schema is the form's; the server's errors land on their field. */
export function AddUserForm({
  firstAccount,
  onAdded,
}: {
  /** No account exists yet: this one turns sign-in on for everyone, so suggest an admin. */
  firstAccount: boolean
  onAdded: (user: TeamUser) => void
}) {
  const uid = useId()
  const add = useAddUser()
  const [added, setAdded] = useState<string | undefined>()
  const { form, formError, onSubmit } = useAccountForm(
    addUserInput,
    FIELDS,
    firstAccount ? { ...blank, role: 'admin' } : blank,
  )
  const {
    register,
    reset,
    formState: { errors, isSubmitting },
  } = form
  const submit = onSubmit(async (input: AddUserInput) => {
    setAdded(undefined)
    const user = await add.mutateAsync(input)
    reset(blank)
    setAdded(`Added ${user.email} as ${roleName(user.role)}. They can sign in now.`)
    onAdded(user)
  })

  return (
    <section
      aria-labelledby={`${uid}-title`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id={`${uid}-title`} className="text-base font-semibold text-slate-900">
        Add an account
      </h2>
      {firstAccount ? (
        <p className="mt-1 text-sm text-slate-700">
          This is the first account: once it exists, everyone signs in, you included. Make it an
          admin and keep its password; you will sign in with it next.
        </p>
      ) : null}
      <form
        noValidate
        aria-labelledby={`${uid}-title`}
        className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)_auto] lg:items-start"
        onSubmit={submit}
      >
        <TextField
          id={`${uid}-email`}
          label="Email"
          type="email"
          autoComplete="off"
          error={errors.email?.message}
          {...register('email')}
        />
        <div>
          <label htmlFor={`${uid}-role`} className="block text-sm font-medium text-slate-700">
            Role
          </label>
          <select
            id={`${uid}-role`}
            className={inputClass}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={errors.role ? `${uid}-role-error` : `${uid}-role-hint`}
            {...register('role')}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleName(role)}
              </option>
            ))}
          </select>
          {errors.role ? (
            <p id={`${uid}-role-error`} className="mt-1 text-sm text-red-700">
              {errors.role.message}
            </p>
          ) : (
            <p id={`${uid}-role-hint`} className="sr-only">
              {ROLES.map((r) => `${roleName(r)}: ${ROLE_DESCRIPTIONS[r]}`).join('. ')}
            </p>
          )}
        </div>
        <TextField
          id={`${uid}-password`}
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. Share it with them in person or by phone.`}
          error={errors.password?.message}
          {...register('password')}
        />
        <div className="flex items-end sm:col-span-2 lg:col-span-1 lg:pt-6">
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            <UserPlus aria-hidden="true" className="size-4" />
            {isSubmitting ? 'Adding…' : 'Add account'}
          </Button>
        </div>
        {formError ? (
          <p role="alert" className="text-sm font-medium text-red-700 sm:col-span-2 lg:col-span-4">
            Could not add the account: {formError}
          </p>
        ) : null}
        <p role="status" className="text-sm text-emerald-800 sm:col-span-2 lg:col-span-4">
          {added}
        </p>
      </form>
    </section>
  )
}
