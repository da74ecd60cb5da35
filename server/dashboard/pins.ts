/** Set on an access code whose PIN the dashboard removed; the SPA offers "Show code" for it. */
export const HIDDEN_MARK = 'doorman_code_hidden'

/**
 * Removes the PIN from every access code in a Seam answer, in place: any object that has an
 * `access_code_id` and a non-empty `code`. Its `code` becomes null and it is marked hidden, so the
 * SPA knows a PIN exists without seeing it. Returns how many it hid.
 */
export function stripPins(value: unknown): number {
  if (Array.isArray(value)) {
    let hidden = 0
    for (const item of value) hidden += stripPins(item)
    return hidden
  }
  if (value === null || typeof value !== 'object') return 0
  const record = value as Record<string, unknown>
  let hidden = 0
  if ('access_code_id' in record && typeof record['code'] === 'string' && record['code'] !== '') {
    record['code'] = null
    record[HIDDEN_MARK] = true
    hidden = 1
  }
  for (const key in record) {
    const child = record[key]
    if (child !== null && typeof child === 'object') hidden += stripPins(child)
  }
  return hidden
}
