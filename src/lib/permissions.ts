/**
 * Who may do what. The server enforces it on every request (server/accounts/route-permissions.ts
 * maps each route to one of these); the SPA reads the same table only to hide or disable what a
 * role cannot do, and to say why.
 */
export const ROLES = ['admin', 'manager', 'support', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = [
  'codes.read',
  'codes.reveal',
  'codes.pull_backup',
  'codes.write',
  'sandbox.control',
  'audit.read',
  'users.manage',
] as const
export type Permission = (typeof PERMISSIONS)[number]

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  manager: [
    'codes.read',
    'codes.reveal',
    'codes.pull_backup',
    'codes.write',
    'sandbox.control',
    'audit.read',
  ],
  support: ['codes.read', 'codes.reveal', 'codes.pull_backup'],
  viewer: ['codes.read'],
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission)
}

export function permissionsOf(role: Role): Permission[] {
  return [...GRANTS[role]]
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** Why a control is disabled, for its tooltip: names the roles that may use it. */
export function deniedReason(permission: Permission): string {
  const roles = ROLES.filter((role) => can(role, permission))
  const names = roles.map((r) => r[0]!.toUpperCase() + r.slice(1))
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]
  return `Only ${list} accounts can do this`
}
