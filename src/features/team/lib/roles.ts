import type { Role } from '@/lib/permissions'

export const roleName = (role: Role) => role[0]!.toUpperCase() + role.slice(1)

/** What each role may do, in a line (the table in issue #18 and src/lib/permissions.ts). */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  admin: 'everything, including accounts',
  manager: 'codes, the audit log and sandbox controls',
  support: 'see codes, reveal PINs and pull backup codes',
  viewer: 'see locks and codes, PINs hidden',
}
