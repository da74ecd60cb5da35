import type { Tone } from '@/components/ui/badge'
import { EXPORT_TABLES, type ExportTable } from '@/lib/csv/export-tables'

/** Every action the server records, in words, in the order the action filter lists them. */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  'access_code.create': 'Code created',
  'access_code.update': 'Code changed',
  'access_code.delete': 'Code deleted',
  'access_code.reveal': 'PIN revealed',
  'access_code.copy': 'PIN copied',
  'access_code.pull_backup': 'Backup code pulled',
  'export.csv': 'CSV exported',
  'unmanaged_code.convert': 'Unmanaged code converted',
  'unmanaged_code.delete': 'Unmanaged code deleted',
  login: 'Sign-in',
  logout: 'Sign-out',
  'user.add': 'Account added',
  'user.set_role': 'Role changed',
  'user.set_disabled': 'Account enabled or disabled',
  'user.reset_password': 'Password reset',
  'sandbox.clock_advance': 'Sandbox clock advanced',
  'sandbox.clock_set': 'Sandbox clock set',
  'sandbox.set_online': 'Sandbox lock online or offline',
  'sandbox.fault_inject': 'Sandbox fault injected',
  'sandbox.fault_clear': 'Sandbox faults cleared',
  'sandbox.reset': 'Sandbox reset',
}

/** An entry's action in words; the exact one where the details say more (enabled vs disabled). */
export function actionLabel(action: string, details?: Record<string, unknown> | null): string {
  if (action === 'user.set_disabled' && typeof details?.['disabled'] === 'boolean')
    return details['disabled'] ? 'Account disabled' : 'Account enabled'
  if (action === 'sandbox.set_online' && typeof details?.['online'] === 'boolean')
    return details['online'] ? 'Sandbox lock brought online' : 'Sandbox lock taken offline'
  if (action === 'export.csv' && typeof details?.['rows'] === 'number') {
    const table = EXPORT_TABLES[details['table'] as ExportTable]?.label ?? String(details['table'])
    const pins = details['pins'] === true ? ' with PINs' : ''
    return `Exported ${details['rows']} rows of ${table}${pins}`
  }
  return AUDIT_ACTIONS[action] ?? action
}

const RESULT_WORDS: Readonly<Record<string, string>> = {
  ok: 'OK',
  forbidden: 'Forbidden',
  invalid_credentials: 'Wrong email or password',
  user_not_found: 'No such account',
  email_taken: 'Email taken',
  invalid_email: 'Invalid email',
  invalid_password: 'Password refused',
}

/** The result as a text badge: `ok`, or the error type (known ones in words, others verbatim). */
export function resultBadge(result: string): { tone: Tone; text: string; title: string } {
  if (result === 'ok') return { tone: 'success', text: 'OK', title: 'Succeeded' }
  const text = RESULT_WORDS[result] ?? result
  return {
    tone: result === 'forbidden' || result === 'invalid_credentials' ? 'danger' : 'warning',
    text,
    title: `Failed: ${result}`,
  }
}
