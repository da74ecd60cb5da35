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

/**
 * Who holds each permission. Keyed by permission, so the type makes a permission added above
 * fail to compile until someone decides here who may use it: nothing is granted by default.
 */
const HOLDERS: Record<Permission, readonly Role[]> = {
  'codes.read': ['admin', 'manager', 'support', 'viewer'],
  'codes.reveal': ['admin', 'manager', 'support'],
  'codes.pull_backup': ['admin', 'manager', 'support'],
  'codes.write': ['admin', 'manager'],
  'sandbox.control': ['admin', 'manager'],
  'audit.read': ['admin', 'manager'],
  'users.manage': ['admin'],
}

export function can(role: Role, permission: Permission): boolean {
  return HOLDERS[permission].includes(role)
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => can(role, permission))
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
