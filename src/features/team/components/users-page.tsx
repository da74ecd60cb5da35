import { useState } from 'react'
import { EmptyState } from '@/components/ui/empty-state'
import { QueryErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSkeleton } from '@/components/ui/skeleton'
import { useUsers } from '../api/list-users'
import { AddUserForm } from './add-user-form'
import { NoAccess } from './no-access'
import { ResetPasswordDialog } from './reset-password-dialog'
import { isForbidden, useAccess } from './use-access'
import { UsersTable } from './users-table'

/** `/users`: the team's accounts. Admins only (the server enforces it). */
export function UsersPage() {
  const access = useAccess('users.manage')
  // Set once a first account exists while running as `local`: every request now needs a session.
  const [signInAs, setSignInAs] = useState<string | null>(null)
  const users = useUsers({ enabled: access.state === 'allowed' && signInAs === null })
  const [resetting, setResetting] = useState<string | null>(null)
  const [status, setStatus] = useState('')

  const header = (
    <PageHeader
      title="Users"
      description="Who can sign in, and what each role may do. Once one account exists, everyone signs in; accounts are disabled, never deleted, so the audit log keeps naming them."
    />
  )
  if (access.state === 'loading') return <PageSkeleton label="Loading users" />
  if (access.state === 'denied' || (users.isError && isForbidden(users.error))) {
    return (
      <div>
        {header}
        <NoAccess what="manage users" permission="users.manage" role={access.role} />
      </div>
    )
  }

  if (signInAs !== null) {
    return (
      <div>
        {header}
        <div
          role="status"
          className="rounded-xl border border-emerald-300 bg-emerald-50 px-6 py-8 text-emerald-950"
        >
          <h2 className="font-semibold">Added {signInAs}: sign-in is now on</h2>
          <p className="mt-1 text-sm">
            Doorman now asks everyone to sign in, you included. Sign in with the account you just
            added to add the rest of your team.
          </p>
          <p className="mt-3">
            {/* The login page is served by the server, outside the app's routes. */}
            <a
              href="/login?next=%2Fusers"
              className="inline-flex h-10 items-center rounded-lg bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
            >
              Sign in
            </a>
          </p>
        </div>
      </div>
    )
  }

  const local = access.local
  return (
    <div className="space-y-6">
      {header}
      <AddUserForm
        // Its default role depends on whether this is the first account.
        key={String(local && users.data?.length === 0)}
        firstAccount={local && users.data?.length === 0}
        onAdded={(user) => {
          if (local) setSignInAs(user.email)
        }}
      />
      <section aria-labelledby="users-accounts-title" className="space-y-3">
        <h2 id="users-accounts-title" className="text-base font-semibold text-slate-900">
          Accounts
        </h2>
        <p role="status" className="text-sm text-emerald-800">
          {status}
        </p>
        {users.isPending ? (
          <PageSkeleton label="Loading accounts" />
        ) : users.isError ? (
          <QueryErrorState title="Could not load the accounts" query={users} />
        ) : users.data.length === 0 ? (
          <EmptyState title="No accounts yet">
            Anyone on this computer can use Doorman without signing in. Add the first account (an
            admin, so someone can manage the others) and everyone signs in from then on.
          </EmptyState>
        ) : (
          <UsersTable
            users={users.data}
            currentEmail={access.email}
            onResetPassword={setResetting}
            onChanged={setStatus}
          />
        )}
      </section>
      <ResetPasswordDialog
        email={resetting}
        onClose={() => setResetting(null)}
        onDone={(email) => {
          setResetting(null)
          setStatus(`The password of ${email} is reset. They sign in again with the new one.`)
        }}
      />
    </div>
  )
}
