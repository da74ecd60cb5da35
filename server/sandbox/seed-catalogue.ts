import type { CodeConstraint } from '../../src/api/schemas/device'

/** Realistic lock models per manufacturer; `backup` = supports Seam's backup code pool. */
export interface LockModel {
  maker: string
  manufacturerDisplay: string
  model: string
  lengths: number[]
  backup: boolean
  constraints: CodeConstraint[]
  maxCodes: number
  latencyMs: number
  /**
   * Manufacturer-specific entries from the catalogue on Seam's access_code object page, used to
   * decorate some codes.
   */
  warning?: string
  error?: string
  supportsUnmanaged: boolean
}

export const LOCK_MODELS: LockModel[] = [
  {
    maker: 'august',
    manufacturerDisplay: 'August',
    model: 'August Wi-Fi Smart Lock',
    lengths: [4, 5, 6, 7, 8],
    backup: true,
    constraints: [],
    maxCodes: 250,
    latencyMs: 3_000,
    warning: 'august_device_programming_delay',
    error: 'august_device_slots_full',
    supportsUnmanaged: true,
  },
  {
    maker: 'schlage',
    manufacturerDisplay: 'Schlage',
    model: 'Schlage Encode Plus',
    lengths: [4, 5, 6, 7, 8],
    backup: true,
    constraints: [{ constraint_type: 'no_triple_consecutive_ints' }],
    maxCodes: 100,
    latencyMs: 4_000,
    warning: 'schlage_detected_duplicate',
    error: 'duplicate_code_on_device',
    supportsUnmanaged: true,
  },
  {
    maker: 'yale',
    manufacturerDisplay: 'Yale',
    model: 'Yale Assure Lock 2 Touchscreen',
    lengths: [4, 5, 6, 7, 8],
    backup: true,
    constraints: [],
    maxCodes: 250,
    latencyMs: 3_000,
    warning: 'third_party_integration_detected',
    error: 'code_modified_external_to_seam',
    supportsUnmanaged: true,
  },
  {
    maker: 'kwikset',
    manufacturerDisplay: 'Kwikset',
    model: 'Kwikset Halo Touchscreen Wi-Fi',
    lengths: [4, 5, 6, 7, 8],
    backup: false,
    constraints: [],
    maxCodes: 250,
    latencyMs: 5_000,
    warning: 'kwikset_unable_to_confirm_code',
    error: 'kwikset_unable_to_confirm_code',
    supportsUnmanaged: false,
  },
  {
    maker: 'igloohome',
    manufacturerDisplay: 'igloohome',
    model: 'igloohome Smart Deadbolt 02',
    lengths: [6],
    backup: false,
    constraints: [],
    maxCodes: 100,
    latencyMs: 6_000,
    warning: 'igloo_algopin_must_be_used_within_24_hours',
    error: 'igloohome_bridge_offline',
    supportsUnmanaged: true,
  },
  {
    maker: 'smartthings',
    manufacturerDisplay: 'SmartThings',
    model: 'Samsung SmartThings Z-Wave Deadbolt',
    lengths: [4, 5, 6, 7, 8],
    backup: true,
    constraints: [],
    maxCodes: 30,
    latencyMs: 8_000,
    warning: 'smartthings_failed_to_set_access_code',
    error: 'smartthings_no_free_slots_available',
    supportsUnmanaged: true,
  },
  {
    maker: 'lockly',
    manufacturerDisplay: 'Lockly',
    model: 'Lockly Secure Pro',
    lengths: [6, 7, 8],
    backup: false,
    constraints: [],
    maxCodes: 64,
    latencyMs: 3_000,
    warning: 'code_modified_external_to_seam',
    error: 'failed_to_set_on_device',
    supportsUnmanaged: true,
  },
  {
    maker: 'nuki',
    manufacturerDisplay: 'Nuki',
    model: 'Nuki Smart Lock Pro (4th gen) + Keypad 2',
    lengths: [6],
    backup: false,
    constraints: [{ constraint_type: 'no_zeros' }, { constraint_type: 'cannot_start_with_12' }],
    maxCodes: 200,
    latencyMs: 2_000,
    warning: 'third_party_integration_detected',
    error: 'duplicate_code_attempt_prevented',
    supportsUnmanaged: true,
  },
]

export const CATALOGUE_MESSAGES: Record<string, string> = {
  august_device_programming_delay: 'Access code has not yet been fully moved to the device.',
  august_device_slots_full: 'All access code slots on the device are full.',
  schlage_detected_duplicate: 'Duplicate access code detected.',
  duplicate_code_on_device: 'Duplicate access code detected on device.',
  third_party_integration_detected:
    'Third-party integration detected that may cause access codes to fail.',
  code_modified_external_to_seam:
    'Code was modified or removed externally after Seam successfully set it on the device.',
  kwikset_unable_to_confirm_code:
    'Unable to confirm that the access code is set on Kwikset device.',
  igloo_algopin_must_be_used_within_24_hours: 'Algopins must be used within 24 hours.',
  igloohome_bridge_offline: 'Igloohome bridge is offline.',
  smartthings_failed_to_set_access_code: 'Failed to set code on SmartThings device.',
  smartthings_no_free_slots_available: 'No free slots available on the device.',
  failed_to_set_on_device: 'Failed to set code on device.',
  duplicate_code_attempt_prevented: 'An attempt to modify this access code was prevented.',
  delay_in_setting_on_device: 'Delay in setting code on device.',
  delay_in_removing_from_device: 'Delay in removing code from device.',
}

export const PROPERTIES = [
  {
    name: 'Harborview Lofts',
    timezone: 'America/New_York',
    doors: ['Lobby Main Entrance', 'Package Room', 'Rooftop Access', 'Gym Door'],
  },
  {
    name: 'Sunset Terrace Apartments',
    timezone: 'America/Los_Angeles',
    doors: ['Pool Gate', 'Leasing Office', 'Garage Side Door'],
  },
  {
    name: 'Thameside House',
    timezone: 'Europe/London',
    doors: ['Street Door', 'Bike Store', 'Bin Store'],
  },
]

export const CODE_NAMES = [
  'Guest – Maria Lopez',
  'Guest – James Chen',
  'Guest – Aisha Patel',
  'Guest – Tom Becker',
  'Guest – Sofia Rossi',
  'Cleaning crew',
  'Dog walker',
  'Maintenance – HVAC',
  'Maintenance – Plumbing',
  'Resident',
  'Property manager',
  'Airbnb reservation',
  'Vrbo reservation',
  'Contractor – flooring',
  'Inspector',
  'Pest control',
  'Family visit',
  'Move-in day',
  'Deliveries',
  'Weekend guest',
]

export const UNMANAGED_NAMES = [
  'Owner (set at keypad)',
  'Master code',
  'Old tenant',
  'Neighbour spare',
]
