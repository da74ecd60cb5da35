/**
 * Idempotency: a row is the same code as one already on the lock when the lock, the name and
 * the window match. Importing a file twice then creates nothing the second time. The PIN is not
 * compared: the dashboard never sends existing PINs to the browser, and a code Seam picked has no
 * PIN in the file.
 */

export type CodeIdentity = {
  device_id: string
  name?: string | null | undefined
  starts_at?: string | null | undefined
  ends_at?: string | null | undefined
}

const instantKey = (value: string | null | undefined) => {
  if (!value) return ''
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? value : String(ms)
}

/** The same key for a row's request and an existing code that it would duplicate. */
export function identityKey(code: CodeIdentity): string {
  return JSON.stringify([
    code.device_id,
    (code.name ?? '').trim(),
    instantKey(code.starts_at),
    instantKey(code.ends_at),
  ])
}

/** Existing codes by identity, to look rows up in. */
export function indexExisting<T extends CodeIdentity>(codes: readonly T[]): Map<string, T> {
  const index = new Map<string, T>()
  for (const code of codes) index.set(identityKey(code), code)
  return index
}
