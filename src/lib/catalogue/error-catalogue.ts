/**
 * Plain-language explanations of every error and warning Seam can put on an access code or a
 * device (the catalogue on Seam's access_code object page, plus the common device codes from
 * @seamapi/types), written for a property manager rather than a developer: what it means, and
 * what to do about it.
 *
 * An error means the code or lock is not doing its job right now; a warning means it works but
 * something deserves attention. The same `code` can appear as either (Seam uses both lists), so
 * the catalogue is keyed by kind as well as code. Unknown codes get a fallback that shows the raw
 * code (and Seam's own message when there is one) rather than nothing.
 */

export type IssueKind = 'error' | 'warning'

import { type Severity } from './severity'

export { SEVERITIES, severityLabel, severityRank, type Severity } from './severity'

/** What the issue is attached to: an access code, a device, or either. */
export type IssueSubject = 'access_code' | 'device'

export interface CatalogueEntry {
  title: string
  explanation: string
  action: string
  severity: Severity
  appliesTo: readonly IssueSubject[]
}

export interface IssueDescription extends CatalogueEntry {
  kind: IssueKind
  code: string
  /** False when the code is not in the catalogue and this is the fallback text. */
  known: boolean
}

const CODE: readonly IssueSubject[] = ['access_code']
const DEVICE: readonly IssueSubject[] = ['device']
const BOTH: readonly IssueSubject[] = ['access_code', 'device']

const entry = (
  severity: Severity,
  appliesTo: readonly IssueSubject[],
  title: string,
  explanation: string,
  action: string,
): CatalogueEntry => ({ severity, appliesTo, title, explanation, action })

// Text shared by codes Seam lists as both an error and a warning; the severity differs.
const shared = {
  smartthingsFailedToSet: (severity: Severity) =>
    entry(
      severity,
      CODE,
      'SmartThings could not set the code',
      'The SmartThings hub reported that it failed to program this code on the lock. Seam keeps retrying for a while, but until it succeeds the guest cannot use the code.',
      'Check that the SmartThings hub is online and close to the lock, and that the lock has fresh batteries. If it keeps failing, delete the code and create it again.',
    ),
  codeModifiedExternally: (severity: Severity) =>
    entry(
      severity,
      CODE,
      'Code changed outside Seam',
      'After Seam set this code, someone changed or removed it directly on the lock or in the manufacturer’s app. The code on the lock may no longer match what this dashboard shows.',
      'Find out who changed it (staff using the lock’s own app or keypad). Then delete and recreate the code here, or allow external modification on the code if the change was intended.',
    ),
  augustProgrammingDelay: (severity: Severity) =>
    entry(
      severity,
      CODE,
      'August lock is still receiving the code',
      'August has accepted the code but has not finished moving it onto the lock yet. This usually resolves by itself within a few minutes.',
      'Wait a few minutes. If it persists, make sure the lock is connected to its Wi-Fi bridge and within range, then check again.',
    ),
  augustTemporarilyOffline: (severity: Severity) =>
    entry(
      severity,
      BOTH,
      'August lock is temporarily offline',
      'The August lock cannot be reached right now, so code changes are waiting to be delivered.',
      'Check the lock’s Wi-Fi bridge (Connect) has power and internet, and that the lock batteries are not flat. Changes are delivered when the lock reconnects.',
    ),
  kwiksetUnableToConfirm: (severity: Severity) =>
    entry(
      severity,
      CODE,
      'Kwikset could not confirm the code',
      'Kwikset did not confirm that this code is on the lock. It may be set, or it may not be.',
      'Test the code at the door if you can. Check the lock is online in the Kwikset app; if the code does not work, delete it and create it again.',
    ),
}

/** Errors: the code or device is not working as intended. */
export const ERROR_CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
  // — Seed 002: access_code errors —
  smartthings_failed_to_set_access_code: shared.smartthingsFailedToSet('high'),
  smartthings_failed_to_set_after_multiple_retries: entry(
    'critical',
    CODE,
    'SmartThings gave up setting the code',
    'SmartThings tried several times to program this code on the lock and failed every time. The code is not on the lock.',
    'Check the SmartThings hub is online and near the lock, and replace the lock batteries if they are low. Then delete the code and create it again.',
  ),
  smartthings_no_free_slots_available: entry(
    'critical',
    CODE,
    'Lock has no free code slots',
    'Every code slot on this SmartThings lock is in use, so a new code cannot be added.',
    'Delete codes that are no longer needed (expired guests, old staff codes, unmanaged codes), then recreate this code.',
  ),
  failed_to_set_on_device: entry(
    'critical',
    CODE,
    'Code could not be set on the lock',
    'Seam tried to program this code onto the lock and the lock did not accept it. The guest cannot use this code.',
    'Check that the lock is online and has good batteries. Then delete the code and create it again; if it fails again, try a different code.',
  ),
  failed_to_remove_from_device: entry(
    'critical',
    CODE,
    'Code could not be removed from the lock',
    'Seam tried to remove this code from the lock but could not. The code may still open the door.',
    'Check that the lock is online, then try deleting the code again. If it persists, remove the code at the lock’s keypad or in the manufacturer’s app.',
  ),
  duplicate_code_on_device: entry(
    'high',
    CODE,
    'Same code already on the lock',
    'Another code with the same digits already exists on this lock, so this one could not be set.',
    'Choose different digits for this code, or delete the other code that uses the same digits.',
  ),
  duplicate_code_attempt_prevented: entry(
    'high',
    CODE,
    'Change blocked: it would duplicate a code',
    'An attempt to change this code was stopped because it would have produced a code that already exists on the lock.',
    'Pick different digits for the change, or remove the existing code that uses them.',
  ),
  igloohome_bridge_too_many_pending_jobs: entry(
    'high',
    CODE,
    'igloohome bridge is overloaded',
    'The igloohome bridge has too many changes queued and is not accepting more right now.',
    'Wait for the queue to clear (keep the bridge powered and online), then retry. Avoid making many changes to the same lock at once.',
  ),
  igloohome_bridge_offline: entry(
    'critical',
    BOTH,
    'igloohome bridge is offline',
    'The bridge that connects the igloohome lock to the internet is offline, so codes cannot be sent to the lock.',
    'Check the bridge has power and Wi-Fi and is within range of the lock. Restart it if needed.',
  ),
  igloohome_offline_access_code_no_variance_available: entry(
    'high',
    CODE,
    'Lock has used up its offline codes',
    'This igloohome lock has reached the maximum number of offline codes it can generate for this time window.',
    'Use a different start time or duration for the code, or remove unused offline codes and try again.',
  ),
  kwikset_unable_to_confirm_code: shared.kwiksetUnableToConfirm('high'),
  kwikset_unable_to_confirm_deletion: entry(
    'high',
    CODE,
    'Kwikset could not confirm the deletion',
    'Kwikset did not confirm that this code was removed from the lock. It may still open the door.',
    'Check the lock in the Kwikset app. If the code is still there, remove it in the app or at the lock, then delete it here again.',
  ),
  code_modified_external_to_seam: shared.codeModifiedExternally('high'),
  august_lock_invalid_code_length: entry(
    'high',
    CODE,
    'Code length not allowed on this August lock',
    'This August lock only accepts codes of certain lengths, and this code does not fit.',
    'Create the code again with a length the lock supports (check the device page for allowed lengths).',
  ),
  august_device_programming_delay: shared.augustProgrammingDelay('medium'),
  august_device_slots_full: entry(
    'critical',
    CODE,
    'August lock has no free code slots',
    'Every access code slot on this August lock is in use, so this code cannot be added.',
    'Delete codes that are no longer needed on this lock, then recreate this code.',
  ),
  august_lock_missing_keypad: entry(
    'critical',
    BOTH,
    'August lock has no keypad',
    'This August lock has no keypad paired with it, so PIN codes cannot be used on it.',
    'Pair an August keypad with the lock in the August app, then recreate the code.',
  ),
  august_lock_temporarily_offline: shared.augustTemporarilyOffline('high'),
  salto_ks_user_not_subscribed: entry(
    'high',
    CODE,
    'Salto KS user has no subscription',
    'The Salto KS user this code belongs to is not subscribed, so the code is not active.',
    'Add a subscription for the user in Salto KS, or free one up by removing an unused user.',
  ),
  hubitat_device_programming_delay: entry(
    'medium',
    CODE,
    'Hubitat is still sending the code',
    'The Hubitat hub has accepted the code but has not finished moving it onto the lock yet.',
    'Wait a few minutes. If it persists, check the hub is online and the lock is within Z-Wave range.',
  ),
  hubitat_no_free_positions_available: entry(
    'critical',
    CODE,
    'Lock has no free code positions',
    'Every code position on this Hubitat-connected lock is taken, so this code cannot be added.',
    'Delete codes that are no longer needed on this lock, then recreate this code.',
  ),
  wyze_duplicate_code_name: entry(
    'high',
    CODE,
    'Another Wyze code has this name',
    'Wyze requires code names to be unique on a lock, and another code already uses this name.',
    'Rename this code (or the other one) so each name is unique on the lock.',
  ),
  wyze_potential_duplicate_code: entry(
    'high',
    CODE,
    'Possible duplicate code on the Wyze lock',
    'Wyze reported that this code may duplicate another code already on the lock.',
    'Check the codes on the lock and change the digits of one of them.',
  ),
  dormakaba_oracode_no_valid_user_level: entry(
    'high',
    CODE,
    'No valid Oracode user level',
    'The dormakaba Oracode system has no user level that matches this code’s schedule, so the code cannot be created.',
    'Set up a matching user level in dormakaba Oracode, or adjust the code’s start and end times.',
  ),
  account_disconnected: entry(
    'critical',
    BOTH,
    'Manufacturer account disconnected',
    'Seam lost access to the lock manufacturer’s account (for example the password changed or access was revoked). No changes can reach locks on that account.',
    'Reconnect the manufacturer account in Seam (sign in again). Pending codes are delivered once it is reconnected.',
  ),
  salto_ks_subscription_limit_exceeded: entry(
    'critical',
    BOTH,
    'Salto KS user limit reached',
    'The Salto KS site has reached its subscription’s user limit, so new codes cannot be added.',
    'Remove users you no longer need in Salto KS, or upgrade the site’s subscription.',
  ),
  device_offline: entry(
    'critical',
    BOTH,
    'Lock is offline',
    'The lock is not connected to the internet, so new codes, changes and deletions cannot reach it. Codes already on the lock keep working.',
    'Check the lock’s batteries, its Wi-Fi or hub connection, and that the hub or bridge has power. Changes are delivered automatically when it reconnects.',
  ),
  device_removed: entry(
    'critical',
    BOTH,
    'Lock was removed',
    'The lock has been removed from the manufacturer’s account, so Seam can no longer manage it or its codes.',
    'If this was a mistake, add the lock back to the manufacturer account. Otherwise move guests to another lock.',
  ),
  hub_disconnected: entry(
    'critical',
    BOTH,
    'Hub is disconnected',
    'The hub that links this lock to the internet is offline, so code changes cannot reach the lock.',
    'Check the hub has power and an internet connection, and restart it if needed.',
  ),
  device_disconnected: entry(
    'critical',
    BOTH,
    'Lock is disconnected',
    'Seam can no longer communicate with this lock, so codes cannot be set or removed.',
    'Check the lock’s batteries and connection (Wi-Fi, hub or bridge). If it stays disconnected, re-pair it in the manufacturer’s app.',
  ),
  empty_backup_access_code_pool: entry(
    'high',
    BOTH,
    'No backup codes left',
    'The pool of backup codes for this lock is empty, so if a code fails there is no spare code to hand to a guest.',
    'Make sure the lock is online so Seam can refill the pool; avoid pulling backup codes unless needed.',
  ),
  august_lock_not_authorized: entry(
    'critical',
    BOTH,
    'Not authorised to manage this August lock',
    'The connected August account does not have permission to manage codes on this lock.',
    'In the August app, give the connected account owner or admin access to the lock, then try again.',
  ),
  august_lock_missing_bridge: entry(
    'critical',
    BOTH,
    'August lock has no bridge',
    'This August lock is not connected to a Wi-Fi bridge (Connect), so Seam cannot reach it remotely.',
    'Install and pair an August Connect bridge (or enable Wi-Fi on the lock), then check again.',
  ),
  ttlock_lock_not_paired_to_gateway: entry(
    'critical',
    BOTH,
    'TTLock lock has no gateway',
    'This TTLock lock is not paired with a gateway, so Seam cannot reach it over the internet.',
    'Pair the lock with a TTLock gateway in the TTLock app, and keep the gateway close to the lock.',
  ),
  missing_device_credentials: entry(
    'critical',
    BOTH,
    'Lock credentials are missing',
    'Seam does not have the credentials needed to talk to this lock.',
    'Reconnect the lock or its manufacturer account in Seam so the credentials are provided again.',
  ),
  auxiliary_heat_running: entry(
    'low',
    DEVICE,
    'Auxiliary heat is running',
    'The thermostat’s auxiliary (backup) heat is on. This is not a lock problem.',
    'No action is needed for access codes. Check the heating system if this persists.',
  ),
  subscription_required: entry(
    'critical',
    BOTH,
    'Manufacturer subscription required',
    'The manufacturer requires a paid subscription before Seam can manage this device.',
    'Activate the required subscription with the manufacturer, then reconnect the account.',
  ),
  invalid_credentials: entry(
    'critical',
    BOTH,
    'Account credentials are invalid',
    'The username or password Seam uses for the manufacturer account no longer works.',
    'Reconnect the manufacturer account with current credentials.',
  ),
  bridge_disconnected: entry(
    'critical',
    BOTH,
    'Seam Bridge is disconnected',
    'Seam cannot reach Seam Bridge, for example because the Bridge program stopped or the computer running it is offline. Locks behind it cannot be managed.',
    'Check the computer running Seam Bridge is on and online, and restart the Seam Bridge program.',
  ),

  // — Other common device and code errors (@seamapi/types) —
  account_reauthorization_requested: entry(
    'high',
    BOTH,
    'Manufacturer asks to sign in again',
    'The manufacturer account needs to be re-authorised before Seam can keep managing its locks.',
    'Reconnect the manufacturer account in Seam.',
  ),
  no_space_for_access_code_on_device: entry(
    'critical',
    CODE,
    'No room for the code on the lock',
    'The lock has no free slot for this access code.',
    'Delete codes that are no longer needed on this lock, then recreate this code.',
  ),
  seam_bridge_disconnected: entry(
    'critical',
    BOTH,
    'Seam Bridge is disconnected',
    'Seam cannot reach Seam Bridge, so locks behind it cannot be managed.',
    'Check the computer running Seam Bridge is on and online, and restart the Seam Bridge program.',
  ),
  bridge_lan_unreachable: entry(
    'high',
    DEVICE,
    'Bridge cannot reach the local network',
    'Seam Bridge is running but cannot reach the system it manages on the local network.',
    'Check the network between Seam Bridge and the access system (cables, firewall, IP address).',
  ),
  no_communication_from_bridge: entry(
    'critical',
    DEVICE,
    'No news from the bridge',
    'Seam has not heard from the lock’s bridge recently.',
    'Check the bridge has power and internet, and restart it if needed.',
  ),
  lockly_missing_wifi_bridge: entry(
    'critical',
    DEVICE,
    'Lockly lock has no Wi-Fi bridge',
    'This Lockly lock is not connected to a Wi-Fi bridge, so Seam cannot reach it remotely.',
    'Pair a Lockly Wi-Fi bridge with the lock.',
  ),
  kwikset_insufficient_permissions: entry(
    'critical',
    BOTH,
    'Kwikset account lacks permission',
    'The connected Kwikset account is not allowed to manage codes on this lock.',
    'In the Kwikset app, give the connected account admin access to the home, then try again.',
  ),
  ttlock_lock_gateway_unlocking_not_enabled: entry(
    'medium',
    DEVICE,
    'Remote unlock is off on the TTLock gateway',
    'Remote unlocking through the gateway is not enabled for this TTLock lock.',
    'Enable remote unlock for the lock in the TTLock app.',
  ),
  salto_ks_certification_expired: entry(
    'critical',
    DEVICE,
    'Salto KS certificate expired',
    'The Salto KS site certificate has expired, so Seam cannot manage it.',
    'Renew the certificate in Salto KS.',
  ),
  ultraloq_access_code_disabled: entry(
    'high',
    CODE,
    'Code is disabled on the Ultraloq lock',
    'This code exists on the Ultraloq lock but is disabled, so it does not open the door.',
    'Enable the code in the Ultraloq app, or delete and recreate it here.',
  ),
  dormakaba_oracode_invalid_time_range: entry(
    'high',
    CODE,
    'Time range not allowed by Oracode',
    'The code’s start or end time does not fit the dormakaba Oracode rules.',
    'Change the code’s start and end times to match the site’s check-in and check-out times.',
  ),
}

/** Warnings: things work, but someone should look. */
export const WARNING_CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
  // — Seed 002: access_code warnings —
  smartthings_failed_to_set_access_code: shared.smartthingsFailedToSet('medium'),
  schlage_detected_duplicate: entry(
    'medium',
    CODE,
    'Schlage found a duplicate code',
    'Schlage detected another code with the same digits on this lock.',
    'Change the digits of this code or the other one so each code on the lock is unique.',
  ),
  schlage_creation_outage: entry(
    'medium',
    CODE,
    'Schlage had trouble creating the code',
    'Schlage returned an error while creating this code, possibly due to an outage on their side. Seam keeps trying.',
    'Wait and check again later. If the code is still not set after an hour, delete and recreate it.',
  ),
  code_modified_external_to_seam: shared.codeModifiedExternally('medium'),
  delay_in_setting_on_device: entry(
    'medium',
    CODE,
    'Code is taking long to reach the lock',
    'Seam is still trying to program this code onto the lock, and it is taking longer than usual, often because the lock is offline or out of range.',
    'Check that the lock is online and has good batteries. The code is set automatically once the lock responds; if the guest arrives soon, consider a backup code.',
  ),
  delay_in_removing_from_device: entry(
    'medium',
    CODE,
    'Code is taking long to be removed',
    'Seam is still trying to remove this code from the lock, and it is taking longer than usual. Until then the code may still open the door.',
    'Check that the lock is online. If the code must stop working now, remove it at the lock’s keypad or in the manufacturer’s app.',
  ),
  third_party_integration_detected: entry(
    'medium',
    BOTH,
    'Another system also manages this lock',
    'A third-party integration (another app or service) is connected to this lock and may change or remove codes set by Seam.',
    'Disconnect other integrations that manage codes on this lock, or coordinate so they do not overwrite each other.',
  ),
  august_device_programming_delay: shared.augustProgrammingDelay('low'),
  august_lock_temporarily_offline: shared.augustTemporarilyOffline('medium'),
  igloo_algopin_must_be_used_within_24_hours: entry(
    'low',
    CODE,
    'igloohome code must be used within 24 hours',
    'igloohome offline codes (Algopins) must be entered on the lock within 24 hours of their start time, or they stop working.',
    'Tell the guest to use the code within 24 hours of its start time.',
  ),
  management_transferred: entry(
    'low',
    CODE,
    'Managed by another workspace',
    'Management of this code was transferred to another Seam workspace. Changes made here may not apply.',
    'Manage this code from the workspace that now owns it.',
  ),
  kwikset_unable_to_confirm_code: shared.kwiksetUnableToConfirm('medium'),

  // — Common device warnings (@seamapi/types, and the sandbox's low-battery warning) —
  battery_low: entry(
    'medium',
    DEVICE,
    'Battery is low',
    'The lock’s battery is low. When it runs out the lock goes offline and codes can no longer be changed (and some locks stop accepting codes).',
    'Replace the lock’s batteries soon.',
  ),
  device_low_battery: entry(
    'medium',
    DEVICE,
    'Battery is low',
    'The lock’s battery is low. When it runs out the lock goes offline and codes can no longer be changed.',
    'Replace the lock’s batteries soon.',
  ),
  low_battery: entry(
    'medium',
    DEVICE,
    'Battery is low',
    'The lock’s battery is low. When it runs out the lock goes offline and codes can no longer be changed.',
    'Replace the lock’s batteries soon.',
  ),
  device_has_flaky_connection: entry(
    'medium',
    DEVICE,
    'Lock connection is unreliable',
    'The lock keeps dropping its connection, so code changes may be delayed.',
    'Move the hub or bridge closer to the lock, or check the Wi-Fi signal at the door.',
  ),
  device_communication_degraded: entry(
    'medium',
    DEVICE,
    'Lock communication is degraded',
    'Messages to the lock are slower or less reliable than usual.',
    'Check the lock’s signal strength and batteries.',
  ),
  partial_backup_access_code_pool: entry(
    'low',
    DEVICE,
    'Backup code pool is running low',
    'Only a few backup codes are left for this lock.',
    'Keep the lock online so Seam can refill the pool.',
  ),
  many_active_backup_codes: entry(
    'low',
    DEVICE,
    'Many backup codes in use',
    'Many backup codes are active on this lock, which uses up code slots.',
    'Review why backup codes were pulled and remove ones no longer needed.',
  ),
  power_saving_mode: entry(
    'low',
    DEVICE,
    'Lock is in power-saving mode',
    'The lock is saving power and may respond to changes more slowly.',
    'Replace the batteries or check the lock’s power settings.',
  ),
  scheduled_maintenance_window: entry(
    'low',
    DEVICE,
    'Manufacturer maintenance scheduled',
    'The manufacturer has scheduled maintenance, during which changes may be delayed.',
    'Avoid urgent code changes during the maintenance window.',
  ),
  salto_ks_office_mode: entry(
    'medium',
    DEVICE,
    'Salto lock is in office mode',
    'The lock is in office mode and stays unlocked, so codes are not needed to open it.',
    'Turn off office mode in Salto KS if the door should be locked.',
  ),
  salto_ks_privacy_mode: entry(
    'low',
    DEVICE,
    'Salto lock is in privacy mode',
    'Privacy mode is on, so most codes will not open the door until it is turned off.',
    'Turn off privacy mode at the lock when the room is free.',
  ),
  salto_ks_subscription_limit_almost_reached: entry(
    'low',
    DEVICE,
    'Salto KS user limit almost reached',
    'The Salto KS site is close to its subscription’s user limit.',
    'Remove unused users or upgrade the subscription before new codes start failing.',
  ),
  ttlock_weak_gateway_signal: entry(
    'medium',
    DEVICE,
    'Weak gateway signal',
    'The TTLock gateway has a weak signal to this lock, so code changes may fail or be slow.',
    'Move the gateway closer to the lock.',
  ),
  time_zone_does_not_match_location: entry(
    'medium',
    DEVICE,
    'Lock time zone does not match its location',
    'The time zone set on the lock differs from the property’s, so time-bound codes may start or end at the wrong time.',
    'Set the lock’s time zone in the manufacturer’s app to match the property.',
  ),
  lockly_time_zone_not_configured: entry(
    'medium',
    DEVICE,
    'Lockly time zone not set',
    'The Lockly lock has no time zone, so time-bound codes may start or end at the wrong time.',
    'Set the time zone for the lock in the Lockly app.',
  ),
  ultraloq_time_zone_unknown: entry(
    'medium',
    DEVICE,
    'Ultraloq time zone unknown',
    'Seam does not know the Ultraloq lock’s time zone, so time-bound codes may be off.',
    'Set the time zone for the lock in the Ultraloq app.',
  ),
  accessory_keypad_setup_required: entry(
    'medium',
    DEVICE,
    'Keypad needs setting up',
    'An accessory keypad must be set up before codes can be used on this lock.',
    'Finish setting up the keypad in the manufacturer’s app.',
  ),
  hub_required_for_additional_capabilities: entry(
    'low',
    DEVICE,
    'A hub would enable more features',
    'Some features of this lock need a hub that is not installed.',
    'Install the manufacturer’s hub if you need remote code management.',
  ),
  wyze_device_missing_gateway: entry(
    'critical',
    DEVICE,
    'Wyze lock has no gateway',
    'This Wyze lock is not connected to a gateway, so codes cannot be managed remotely.',
    'Pair the lock with a Wyze gateway.',
  ),
  temperature_threshold_exceeded: entry(
    'low',
    DEVICE,
    'Temperature threshold exceeded',
    'The device reported a temperature outside its configured range.',
    'Check the device’s surroundings; this does not affect access codes.',
  ),
}

const catalogues: Record<IssueKind, Readonly<Record<string, CatalogueEntry>>> = {
  error: ERROR_CATALOGUE,
  warning: WARNING_CATALOGUE,
}

/** Turns `some_raw_code` into "Some raw code" for the fallback title. */
export function humanizeCode(code: string): string {
  const words = code.replace(/[._]+/g, ' ').trim()
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Unknown issue'
}

/**
 * Everything the UI shows about an error or warning. Unknown codes get a fallback naming the raw
 * code, with Seam's own `message` as the explanation when there is one.
 */
export function describeIssue(kind: IssueKind, code: string, message?: string): IssueDescription {
  const own = Object.hasOwn(catalogues[kind], code) ? catalogues[kind][code] : undefined
  if (own) return { ...own, kind, code, known: true }
  const trimmed = message?.trim()
  return {
    kind,
    code,
    known: false,
    severity: kind === 'error' ? 'high' : 'medium',
    appliesTo: BOTH,
    title: humanizeCode(code),
    explanation: trimmed
      ? `${trimmed} (code “${code}”, which this dashboard does not have an explanation for yet).`
      : `Seam reported the ${kind} “${code}”, which this dashboard does not have an explanation for yet.`,
    action:
      kind === 'error'
        ? 'Check that the lock is online and has good batteries, then retry. If it persists, copy the diagnostics and send them to support.'
        : 'Keep an eye on it. If it persists or codes stop working, copy the diagnostics and send them to support.',
  }
}
