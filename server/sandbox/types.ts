import type { AccessCode } from '../../src/api/schemas/access-code'
import type { Device } from '../../src/api/schemas/device'
import type { SeamError, SeamWarning } from '../../src/api/schemas/common'

/** Stored public shapes: exactly what the API returns. */
export type DeviceRecord = Device & {
  properties: Device['properties'] & { supported_code_lengths: number[] }
  errors: SeamError[]
  warnings: SeamWarning[]
}
/**
 * Every property Seam's access_code object page lists (explicit: `Omit` over the loose zod type
 * would drop them).
 */
export interface AccessCodeRecord {
  access_code_id: string
  device_id: string
  name: string | null
  code: string | null
  common_code_key: string | null
  type: AccessCode['type']
  status: AccessCode['status']
  starts_at: string | null
  ends_at: string | null
  created_at: string
  errors: (SeamError & { created_at: string })[]
  warnings: (SeamWarning & { created_at: string })[]
  is_managed: boolean
  is_backup: boolean
  is_backup_access_code_available: boolean
  is_external_modification_allowed: boolean
  is_offline_access_code: boolean
  is_one_time_use: boolean
  is_scheduled_on_device: boolean | null
  is_waiting_for_code_assignment: boolean
  pulled_backup_access_code_id: string | null
}

/** Simulator-only state of a device (never sent to clients). */
export interface DeviceSim {
  latency_ms: number
}

export type CodePhase =
  'scheduled' | 'pending_set' | 'active' | 'pending_remove' | 'stuck' | 'unmanaged'

/** Simulator-only state of an access code (never sent to clients). */
export interface CodeSim {
  phase: CodePhase
  /** When the current setting/removing attempt began; delay/failure thresholds count from it. */
  phase_started_at: number
  /** When a scheduled code gets programmed on the lock ahead of `starts_at` (null once done/skipped). */
  schedule_due_at: number | null
  use_backup_pool: boolean
}

export interface DeviceRow {
  device: DeviceRecord
  sim: DeviceSim
}

export interface CodeRow {
  code: AccessCodeRecord
  sim: CodeSim
}

export interface SeamEventRecord {
  event_id: string
  event_type: string
  workspace_id: string
  created_at: string
  occurred_at: string
  device_id: string
  connected_account_id: string
  access_code_id?: string
  code?: string
  backup_access_code_id?: string
  [key: string]: unknown
}

export interface ActionAttemptRecord {
  action_attempt_id: string
  action_type: string
  status: 'pending' | 'success' | 'error'
  result: unknown
  error: { type: string; message: string } | null
}

export interface WorkspaceRecord {
  workspace_id: string
  name: string
  company_name: string
  is_sandbox: true
  connected_account_ids: string[]
}
