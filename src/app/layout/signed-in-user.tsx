import { LogOut } from 'lucide-react'
import { useDoormanInfo } from '@/api/doorman-info'
import { Badge } from '@/components/ui/badge'

const roleNames = { admin: 'Admin', manager: 'Manager', support: 'Support', viewer: 'Viewer' }

/**
 * Who is signed in, with their role, and a plain form to sign out (the server revokes the session
 * and records it). Nothing when Doorman runs on this machine with no accounts.
 */
export function SignedInUser() {
  const info = useDoormanInfo().data
  if (!info?.auth.enabled) return null
  const { email, role } = info.user
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span className="hidden max-w-48 truncate text-sm text-slate-700 md:inline" title={email}>
        {email}
      </span>
      <Badge>{roleNames[role]}</Badge>
      <form method="post" action="/logout">
        <button
          type="submit"
          className="inline-flex h-8 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
          aria-label={`Sign out ${email}`}
        >
          <LogOut aria-hidden="true" className="size-4" />
          <span className="hidden sm:inline">Sign out</span>
        </button>
      </form>
    </div>
  )
}
