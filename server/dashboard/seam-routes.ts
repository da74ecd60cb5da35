import type { Permission } from '../../src/lib/permissions'

export type RoutePolicy = {
  /** What the caller's role must allow; checked on the server before anything is forwarded. */
  permission: Permission
  /** The audit action written for every call, allowed or not; reads are not audited. */
  audit?: string
}

/**
 * The Seam routes the browser may reach through `/api`, each with the permission it needs.
 * Anything else is refused at the proxy. The role × route test covers every entry.
 */
export const SEAM_ROUTES: ReadonlyMap<string, RoutePolicy> = new Map([
  ['workspaces/get', { permission: 'codes.read' }],
  ['devices/list', { permission: 'codes.read' }],
  ['devices/get', { permission: 'codes.read' }],
  ['access_codes/list', { permission: 'codes.read' }],
  ['access_codes/get', { permission: 'codes.read' }],
  ['access_codes/create', { permission: 'codes.write', audit: 'access_code.create' }],
  ['access_codes/create_multiple', { permission: 'codes.write', audit: 'access_code.create' }],
  ['access_codes/update', { permission: 'codes.write', audit: 'access_code.update' }],
  ['access_codes/update_multiple', { permission: 'codes.write', audit: 'access_code.update' }],
  ['access_codes/delete', { permission: 'codes.write', audit: 'access_code.delete' }],
  ['access_codes/generate_code', { permission: 'codes.write' }],
  [
    'access_codes/pull_backup_access_code',
    { permission: 'codes.pull_backup', audit: 'access_code.pull_backup' },
  ],
  ['access_codes/unmanaged/list', { permission: 'codes.read' }],
  ['access_codes/unmanaged/get', { permission: 'codes.read' }],
  [
    'access_codes/unmanaged/convert_to_managed',
    { permission: 'codes.write', audit: 'unmanaged_code.convert' },
  ],
  ['access_codes/unmanaged/delete', { permission: 'codes.write', audit: 'unmanaged_code.delete' }],
  ['events/list', { permission: 'codes.read' }],
  ['action_attempts/get', { permission: 'codes.read' }],
])

/** Sandbox control routes, forwarded only when the backend is the built-in sandbox. */
export const SANDBOX_ROUTES: ReadonlyMap<string, RoutePolicy> = new Map([
  ['_sandbox/clock/get', { permission: 'codes.read' }],
  ['_sandbox/clock/advance', { permission: 'sandbox.control', audit: 'sandbox.clock_advance' }],
  ['_sandbox/clock/set', { permission: 'sandbox.control', audit: 'sandbox.clock_set' }],
  ['_sandbox/devices/set_online', { permission: 'sandbox.control', audit: 'sandbox.set_online' }],
  ['_sandbox/faults/inject', { permission: 'sandbox.control', audit: 'sandbox.fault_inject' }],
  ['_sandbox/faults/clear', { permission: 'sandbox.control', audit: 'sandbox.fault_clear' }],
  ['_sandbox/reset', { permission: 'sandbox.control', audit: 'sandbox.reset' }],
])
