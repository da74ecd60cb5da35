import { ShieldAlert } from 'lucide-react'
import { Link } from '@tanstack/react-router'
import { deniedReason, type Permission, type Role } from '@/lib/permissions'

/** The friendly answer to a 403: what this page is, who may see it, and where to go instead. */
export function NoAccess({
  what,
  permission,
  role,
}: {
  /** e.g. "read the audit log" */
  what: string
  permission: Permission
  role?: Role | undefined
}) {
  return (
    <div
      role="status"
      className="rounded-xl border border-amber-300 bg-amber-50 px-6 py-8 text-amber-950"
    >
      <div className="flex items-start gap-3">
        <ShieldAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-amber-700" />
        <div className="min-w-0">
          <h2 className="font-semibold">
            {role ? `Your role (${role}) cannot ${what}` : `Your account cannot ${what}`}
          </h2>
          <p className="mt-1 text-sm">
            {deniedReason(permission)}. Ask an admin if you need access.
          </p>
          <p className="mt-3 text-sm">
            <Link to="/devices" className="font-medium text-brand-700 underline">
              Go to devices
            </Link>
          </p>
        </div>
      </div>
    </div>
  )
}
