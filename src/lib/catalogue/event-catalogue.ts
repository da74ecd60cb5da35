/**
 * Human-readable descriptions of Seam events: every `access_code.*` event on Seam's access_code
 * object page and the `device.*` events in @seamapi/types. Unknown event types fall back to the
 * raw type.
 */

import { ERROR_CATALOGUE, WARNING_CATALOGUE } from './error-catalogue'

/** Matches the names of the UI's badge tones, so the app can pass it straight through. */
export type EventTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'

export interface EventTypeEntry {
  /** Short label, e.g. "Code set on lock". */
  title: string
  /** One sentence for a property manager. */
  description: string
  tone: EventTone
}

export interface EventTypeDescription extends EventTypeEntry {
  eventType: string
  known: boolean
}

const e = (tone: EventTone, title: string, description: string): EventTypeEntry => ({
  tone,
  title,
  description,
})

export const EVENT_CATALOGUE: Readonly<Record<string, EventTypeEntry>> = {
  // — access_code.* (Seam's access_code object page) —
  'access_code.created': e('info', 'Code created', 'An access code was created.'),
  'access_code.changed': e('info', 'Code changed', 'An access code was changed.'),
  'access_code.scheduled_on_device': e(
    'success',
    'Code scheduled on lock',
    'The code was programmed into the lock’s own schedule and will activate at its start time.',
  ),
  'access_code.set_on_device': e(
    'success',
    'Code set on lock',
    'The code was set on the lock and now opens the door.',
  ),
  'access_code.removed_from_device': e(
    'neutral',
    'Code removed from lock',
    'The code was removed from the lock and no longer opens the door.',
  ),
  'access_code.delay_in_setting_on_device': e(
    'warning',
    'Delay setting code',
    'Setting the code on the lock is taking unusually long.',
  ),
  'access_code.failed_to_set_on_device': e(
    'danger',
    'Failed to set code',
    'The code could not be set on the lock.',
  ),
  'access_code.deleted': e('neutral', 'Code deleted', 'An access code was deleted.'),
  'access_code.delay_in_removing_from_device': e(
    'warning',
    'Delay removing code',
    'Removing the code from the lock is taking unusually long.',
  ),
  'access_code.failed_to_remove_from_device': e(
    'danger',
    'Failed to remove code',
    'The code could not be removed from the lock and may still open the door.',
  ),
  'access_code.modified_external_to_seam': e(
    'warning',
    'Code changed outside Seam',
    'The code was changed on the lock or in the manufacturer’s app, not through Seam.',
  ),
  'access_code.deleted_external_to_seam': e(
    'warning',
    'Code deleted outside Seam',
    'The code was deleted on the lock or in the manufacturer’s app, not through Seam.',
  ),
  'access_code.backup_access_code_pulled': e(
    'info',
    'Backup code pulled',
    'A backup code was taken from the backup pool and set on the lock.',
  ),
  'access_code.unmanaged.converted_to_managed': e(
    'success',
    'Unmanaged code now managed',
    'A code that was set outside Seam was converted into a managed code.',
  ),
  'access_code.unmanaged.failed_to_convert_to_managed': e(
    'danger',
    'Conversion to managed failed',
    'A code set outside Seam could not be converted into a managed code.',
  ),
  'access_code.unmanaged.created': e(
    'info',
    'Unmanaged code found',
    'A code was added on the lock outside Seam (for example at the keypad).',
  ),
  'access_code.unmanaged.removed': e(
    'neutral',
    'Unmanaged code removed',
    'A code that was set outside Seam was removed from the lock.',
  ),

  // — device.* (@seamapi/types) —
  'device.connected': e('success', 'Lock online', 'The lock came back online.'),
  'device.disconnected': e(
    'danger',
    'Lock offline',
    'The lock went offline; code changes wait until it reconnects.',
  ),
  'device.added': e('info', 'Lock added', 'A lock was added to the workspace.'),
  'device.removed': e('neutral', 'Lock removed', 'The lock was removed from its account.'),
  'device.deleted': e('neutral', 'Lock deleted', 'The lock was deleted from the workspace.'),
  'device.low_battery': e('warning', 'Battery low', 'The lock’s battery is low.'),
  'device.battery_status_changed': e(
    'info',
    'Battery status changed',
    'The lock’s battery status changed.',
  ),
  'device.converted_to_unmanaged': e(
    'neutral',
    'Lock no longer managed',
    'The lock was converted to an unmanaged device.',
  ),
  'device.unmanaged.converted_to_managed': e(
    'success',
    'Lock now managed',
    'An unmanaged lock was converted to a managed device.',
  ),
  'device.unmanaged.connected': e(
    'info',
    'Unmanaged lock online',
    'An unmanaged lock came online.',
  ),
  'device.unmanaged.disconnected': e(
    'warning',
    'Unmanaged lock offline',
    'An unmanaged lock went offline.',
  ),
  'device.connection_became_flaky': e(
    'warning',
    'Connection unreliable',
    'The lock’s connection became unreliable.',
  ),
  'device.connection_stabilized': e(
    'success',
    'Connection stable',
    'The lock’s connection is stable again.',
  ),
  'device.tampered': e('danger', 'Tampering detected', 'The lock reported tampering.'),
  'device.error.subscription_required': e(
    'danger',
    'Subscription required',
    'The manufacturer requires a subscription to manage this lock.',
  ),
  'device.error.subscription_required.resolved': e(
    'success',
    'Subscription resolved',
    'The subscription problem for this lock was resolved.',
  ),
  'device.third_party_integration_detected': e(
    'warning',
    'Other integration detected',
    'Another system that may change codes is connected to this lock.',
  ),
  'device.third_party_integration_no_longer_detected': e(
    'success',
    'Other integration gone',
    'The other system connected to this lock is no longer detected.',
  ),
  'device.salto.privacy_mode_activated': e(
    'info',
    'Privacy mode on',
    'Privacy mode was turned on at the Salto lock.',
  ),
  'device.salto.privacy_mode_deactivated': e(
    'info',
    'Privacy mode off',
    'Privacy mode was turned off at the Salto lock.',
  ),
  'device.name_changed': e('info', 'Lock renamed', 'The lock’s name changed.'),
  'device.accessory_keypad_connected': e(
    'success',
    'Keypad connected',
    'The lock’s accessory keypad connected.',
  ),
  'device.accessory_keypad_disconnected': e(
    'warning',
    'Keypad disconnected',
    'The lock’s accessory keypad disconnected; codes cannot be entered until it reconnects.',
  ),
}

/** All known event types, access codes first, in catalogue order (for filter menus). */
export const KNOWN_EVENT_TYPES: readonly string[] = Object.keys(EVENT_CATALOGUE)

/** "device.some_new_thing" → "Device: some new thing". */
function humanizeEventType(eventType: string): string {
  const [head, ...rest] = eventType.split('.')
  const subject = (head ?? '').replace(/_/g, ' ')
  const what = rest.join(' ').replace(/_/g, ' ')
  if (!subject) return 'Unknown event'
  const cap = subject.charAt(0).toUpperCase() + subject.slice(1)
  return what ? `${cap}: ${what}` : cap
}

export function describeEventType(eventType: string): EventTypeDescription {
  const own = Object.hasOwn(EVENT_CATALOGUE, eventType) ? EVENT_CATALOGUE[eventType] : undefined
  if (own) return { ...own, eventType, known: true }
  // Some backends emit `access_code.<warning or error code>`: describe it with the issue text.
  const [subject, ...rest] = eventType.split('.')
  const issueCode = rest.join('.')
  if ((subject === 'access_code' || subject === 'device') && issueCode) {
    const error = Object.hasOwn(ERROR_CATALOGUE, issueCode) ? ERROR_CATALOGUE[issueCode] : undefined
    const warning = Object.hasOwn(WARNING_CATALOGUE, issueCode)
      ? WARNING_CATALOGUE[issueCode]
      : undefined
    const issue = warning ?? error
    if (issue) {
      const firstSentence = /^.*?[.!?](?=\s|$)/.exec(issue.explanation)?.[0] ?? issue.explanation
      return {
        eventType,
        known: false,
        tone: warning ? 'warning' : 'danger',
        title: issue.title,
        description: firstSentence,
      }
    }
  }
  return {
    eventType,
    known: false,
    tone: 'neutral',
    title: humanizeEventType(eventType),
    description: `Seam reported the event “${eventType}”.`,
  }
}
