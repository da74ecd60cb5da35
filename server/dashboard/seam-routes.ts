/** The Seam routes the browser may reach through `/api`. Anything else is refused at the proxy. */
export const SEAM_ROUTE_ALLOWLIST: ReadonlySet<string> = new Set([
  'workspaces/get',
  'devices/list',
  'devices/get',
  'access_codes/list',
  'access_codes/get',
  'access_codes/create',
  'access_codes/create_multiple',
  'access_codes/update',
  'access_codes/update_multiple',
  'access_codes/delete',
  'access_codes/generate_code',
  'access_codes/pull_backup_access_code',
  'access_codes/unmanaged/list',
  'access_codes/unmanaged/get',
  'access_codes/unmanaged/convert_to_managed',
  'access_codes/unmanaged/delete',
  'events/list',
  'action_attempts/get',
])

/** Sandbox control routes, forwarded only when the backend is the built-in sandbox. */
export const SANDBOX_ROUTE_ALLOWLIST: ReadonlySet<string> = new Set([
  '_sandbox/clock/get',
  '_sandbox/clock/advance',
  '_sandbox/clock/set',
  '_sandbox/devices/set_online',
  '_sandbox/faults/inject',
  '_sandbox/faults/clear',
  '_sandbox/reset',
])
