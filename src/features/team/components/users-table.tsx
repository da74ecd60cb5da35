import { useId, useState } from 'react'
import { KeyRound } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { describeDateTime } from '@/lib/time/format'
import { ROLES, type Role } from '@/lib/permissions'
import type { TeamUser } from '../api/list-users'
import { useSetUserDisabled } from '../api/set-user-disabled'
import { useSetUserRole } from '../api/set-user-role'
import { roleName } from '../lib/roles'
import { TableHead } from '@/components/ui/table-head'

type RowError = { email: string; control: 'role' | 'disabled'; message: string }

const OWN_ACCOUNT = 'This is your account: another admin must change its role or disable it.'

/** Every account, with its role, whether it may sign in, and a password reset. */
export function UsersTable({
  users,
  currentEmail,
  onResetPassword,
  onChanged,
}: {
  users: readonly TeamUser[]
  /** The signed-in admin: their own row cannot lock them out. */
  currentEmail: string | undefined
  onResetPassword: (email: string) => void
  /** A short message for the page's status line after a change. */
  onChanged: (message: string) => void
}) {
  const uid = useId()
  const setRole = useSetUserRole()
  const setDisabled = useSetUserDisabled()
  const [rowError, setRowError] = useState<RowError | null>(null)
  const pendingEmail =
    (setRole.isPending ? setRole.variables.email : undefined) ??
    (setDisabled.isPending ? setDisabled.variables.email : undefined)

  const changeRole = async (user: TeamUser, role: Role) => {
    setRowError(null)
    try {
      const saved = await setRole.mutateAsync({ email: user.email, role })
      onChanged(`${saved.email} is now ${roleName(saved.role)}.`)
    } catch (error) {
      setRowError({ email: user.email, control: 'role', message: messageOf(error) })
    }
  }
  const toggle = async (user: TeamUser) => {
    setRowError(null)
    try {
      const saved = await setDisabled.mutateAsync({ email: user.email, disabled: !user.disabled })
      onChanged(`${saved.email} is ${saved.disabled ? 'disabled' : 'enabled'}.`)
    } catch (error) {
      setRowError({ email: user.email, control: 'disabled', message: messageOf(error) })
    }
  }

  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[38rem] text-left text-sm">
        <caption className="sr-only">Accounts</caption>
        <TableHead
          columns={[
            { label: 'Email' },
            { label: 'Role' },
            { label: 'Status' },
            { label: 'Added', className: 'hidden md:table-cell' },
            { label: 'Actions', visuallyHidden: true },
          ]}
        />
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => {
            const own = user.email === currentEmail
            const busy = pendingEmail === user.email
            const error = rowError?.email === user.email ? rowError : null
            const errorId = `${uid}-${user.email}-error`
            const added = describeDateTime(user.created_at)
            return (
              <tr key={user.email} className="align-top">
                <th scope="row" className="px-4 py-3 font-medium whitespace-nowrap text-slate-900">
                  {user.email}
                  {own ? <span className="ml-1 font-normal text-slate-600">(you)</span> : null}
                </th>
                <td className="px-4 py-3">
                  <select
                    aria-label={`Role for ${user.email}`}
                    className="h-9 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none disabled:bg-slate-50 disabled:text-slate-600"
                    value={user.role}
                    disabled={own || busy}
                    title={own ? OWN_ACCOUNT : undefined}
                    aria-invalid={error?.control === 'role' ? true : undefined}
                    aria-describedby={error?.control === 'role' ? errorId : undefined}
                    onChange={(e) => void changeRole(user, e.target.value as Role)}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {roleName(role)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="px-4 py-3">
                  {user.disabled ? (
                    <Badge tone="neutral">Disabled</Badge>
                  ) : (
                    <Badge tone="success">Active</Badge>
                  )}
                </td>
                <td className="hidden px-4 py-3 text-slate-700 md:table-cell">
                  {added ? (
                    <time dateTime={added.dateTime} title={added.title}>
                      {added.label}
                    </time>
                  ) : null}
                </td>
                <td className="px-4 py-3">
                  <div className="flex flex-wrap justify-end gap-2">
                    <Button
                      size="sm"
                      variant={user.disabled ? 'secondary' : 'ghost'}
                      aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.email}`}
                      title={own ? OWN_ACCOUNT : undefined}
                      disabled={own || busy}
                      aria-describedby={error?.control === 'disabled' ? errorId : undefined}
                      onClick={() => void toggle(user)}
                    >
                      {user.disabled ? 'Enable' : 'Disable'}
                    </Button>
                    <Button
                      size="sm"
                      aria-label={`Reset password for ${user.email}`}
                      onClick={() => onResetPassword(user.email)}
                    >
                      <KeyRound aria-hidden="true" className="size-4" />
                      Reset password
                    </Button>
                  </div>
                  {error ? (
                    <p id={errorId} role="alert" className="mt-2 text-right text-sm text-red-700">
                      {error.message}
                    </p>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : 'Something went wrong'
