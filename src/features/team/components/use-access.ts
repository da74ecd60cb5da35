import { isApiError } from '@/api/api-error'
import { useDoormanInfo } from '@/api/doorman-info'
import { can, type Permission, type Role } from '@/lib/permissions'

export type Access =
  | { state: 'loading' }
  | {
      state: 'allowed'
      role: Role | undefined
      email: string | undefined
      /** Loopback with no accounts yet: no sign-in, the actor is `local`. */
      local: boolean
    }
  | { state: 'denied'; role: Role }

/**
 * Whether the signed-in role may use a page. Unknown (the info request failed) counts as
 * allowed: the page then asks the server, which is the guard and answers 403 if not.
 */
export function useAccess(permission: Permission): Access {
  const info = useDoormanInfo()
  if (info.isPending) return { state: 'loading' }
  const user = info.data?.user
  if (user && !can(user.role, permission)) return { state: 'denied', role: user.role }
  return {
    state: 'allowed',
    role: user?.role,
    email: user?.email,
    local: info.data?.auth.enabled === false,
  }
}

/** A 403 from the server: this role may not do what was asked. */
export const isForbidden = (error: unknown) =>
  isApiError(error) && (error.status === 403 || error.type === 'forbidden')
