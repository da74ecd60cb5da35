import type { AuditEntry } from '../api/list-audit-entries'

/**
 * Entries with a name for every lock and code the app can name: the server records names only
 * when it has them at hand (a reveal or a refused call often carries ids alone). Locks are named
 * from the workspace's devices; codes from other entries about the same code.
 */
export function withNames(
  entries: readonly AuditEntry[],
  lockNames: ReadonlyMap<string, string>,
): AuditEntry[] {
  const codeNames = new Map<string, string>()
  for (const e of entries) {
    if (e.access_code_id && e.access_code_name && !codeNames.has(e.access_code_id))
      codeNames.set(e.access_code_id, e.access_code_name)
  }
  return entries.map((e) => {
    const device_name =
      e.device_name ?? (e.device_id ? lockNames.get(e.device_id) : undefined) ?? null
    const access_code_name =
      e.access_code_name ?? (e.access_code_id ? codeNames.get(e.access_code_id) : undefined) ?? null
    return device_name === e.device_name && access_code_name === e.access_code_name
      ? e
      : { ...e, device_name, access_code_name }
  })
}
