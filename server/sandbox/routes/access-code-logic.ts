import { iso } from '../clock'
import { codeRecord } from '../code-record'
import { codeProblem, generateCode, nameProblem } from '../code-rules'
import type { Sandbox } from '../context'
import { conflict, fieldError } from '../errors'
import { uuid } from '../ids'
import type { CodeRow, DeviceRow } from '../types'

export interface Schedule {
  type: 'ongoing' | 'time_bound'
  starts_at: string | null
  ends_at: string | null
}

/** Either both times (time_bound, end after start and in the future) or neither (ongoing). */
export function resolveSchedule(
  starts: string | null | undefined,
  ends: string | null | undefined,
  now: number,
): Schedule {
  if (!starts && !ends) return { type: 'ongoing', starts_at: null, ends_at: null }
  if (!starts) throw fieldError('starts_at', 'A time-bound code needs both starts_at and ends_at')
  if (!ends) throw fieldError('ends_at', 'A time-bound code needs both starts_at and ends_at')
  const s = Date.parse(starts)
  const e = Date.parse(ends)
  if (e <= s) throw fieldError('ends_at', 'ends_at must be after starts_at')
  if (e <= now) throw fieldError('ends_at', 'ends_at must be in the future')
  return { type: 'time_bound', starts_at: iso(s), ends_at: iso(e) }
}

export const isTaken = (sb: Sandbox, deviceId: string, exceptId?: string) => (code: string) => {
  const hit = sb.store.codeOnDevice(deviceId, code)
  return hit !== undefined && hit.code.access_code_id !== exceptId
}

/** 400 when the lock cannot hold this code, 409 when it already holds it. */
export function assertCodeFits(
  sb: Sandbox,
  device: DeviceRow,
  code: string,
  exceptId?: string,
): void {
  const problem = codeProblem(code, device.device)
  if (problem) throw fieldError('code', problem)
  if (isTaken(sb, device.device.device_id, exceptId)(code)) {
    throw conflict(
      'duplicate_access_code',
      `Code ${code} is already in use on device ${device.device.device_id}`,
    )
  }
}

/** 400 when the name breaks the lock's `name_length` constraint. */
export function assertNameFits(device: DeviceRow, name: string | null | undefined): void {
  const problem = nameProblem(name, device.device)
  if (problem) throw fieldError('name', problem)
}

export function assertBackupPool(device: DeviceRow, wanted: boolean | undefined): void {
  if (wanted && !device.device.properties.supports_backup_access_code_pool) {
    throw fieldError(
      'use_backup_access_code_pool',
      'This device does not support the backup access code pool',
    )
  }
}

export interface NewCodeFields {
  name?: string | undefined
  use_backup_access_code_pool?: boolean | undefined
  is_one_time_use?: boolean | undefined
  allow_external_modification?: boolean | undefined
  is_offline_access_code?: boolean | undefined
}

export function newCodeRow(
  sb: Sandbox,
  device: DeviceRow,
  fields: NewCodeFields,
  schedule: Schedule,
  code: string,
  commonCodeKey: string | null,
  now: number,
): CodeRow {
  const usePool = fields.use_backup_access_code_pool === true
  const record = codeRecord({
    access_code_id: uuid(),
    device_id: device.device.device_id,
    name: fields.name ?? null,
    code,
    created_at: iso(now),
    common_code_key: commonCodeKey,
    type: schedule.type,
    status: 'setting',
    starts_at: schedule.starts_at,
    ends_at: schedule.ends_at,
    is_backup_access_code_available: usePool && schedule.type === 'time_bound',
    is_external_modification_allowed: fields.allow_external_modification ?? false,
    is_offline_access_code: fields.is_offline_access_code ?? false,
    is_one_time_use: fields.is_one_time_use ?? false,
  })
  const row: CodeRow = {
    code: record,
    sim: {
      phase: 'pending_set',
      phase_started_at: now,
      schedule_due_at: null,
      use_backup_pool: usePool,
    },
  }
  sb.sim.program(row, device, now)
  return row
}

export interface CodeChanges extends NewCodeFields {
  code?: string | undefined
  type?: 'ongoing' | 'time_bound' | undefined
  starts_at?: string | undefined
  ends_at?: string | undefined
}

/**
 * Apply an update in memory, as Seam's 'Modifying access codes' page describes; throws before
 * anything is stored.
 */
export function applyUpdate(
  sb: Sandbox,
  row: CodeRow,
  device: DeviceRow,
  changes: CodeChanges,
  now: number,
): void {
  const record = row.code
  if (record.status === 'removing')
    throw conflict(
      'access_code_being_removed',
      'This access code is being removed and cannot be changed',
    )
  let schedule: Schedule = {
    type: record.type,
    starts_at: record.starts_at ?? null,
    ends_at: record.ends_at ?? null,
  }
  if (changes.type === 'ongoing') {
    schedule = { type: 'ongoing', starts_at: null, ends_at: null }
  } else if (
    changes.starts_at !== undefined ||
    changes.ends_at !== undefined ||
    changes.type === 'time_bound'
  ) {
    schedule = resolveSchedule(
      changes.starts_at ?? record.starts_at,
      changes.ends_at ?? record.ends_at,
      now,
    )
    if (schedule.type === 'ongoing')
      throw fieldError('starts_at', 'A time-bound code needs both starts_at and ends_at')
  }
  if (changes.code !== undefined && changes.code !== record.code)
    assertCodeFits(sb, device, changes.code, record.access_code_id)
  assertBackupPool(device, changes.use_backup_access_code_pool)
  if (changes.name !== undefined) assertNameFits(device, changes.name)

  if (changes.code !== undefined) record.code = changes.code
  if (changes.name !== undefined) record.name = changes.name
  if (changes.is_one_time_use !== undefined) record.is_one_time_use = changes.is_one_time_use
  if (changes.is_offline_access_code !== undefined)
    record.is_offline_access_code = changes.is_offline_access_code
  if (changes.allow_external_modification !== undefined)
    record.is_external_modification_allowed = changes.allow_external_modification
  if (changes.use_backup_access_code_pool !== undefined)
    row.sim.use_backup_pool = changes.use_backup_access_code_pool
  record.type = schedule.type
  record.starts_at = schedule.starts_at
  record.ends_at = schedule.ends_at
  record.is_backup_access_code_available =
    row.sim.use_backup_pool && record.type === 'time_bound' && !record.pulled_backup_access_code_id
  // The lock is re-programmed with the new values: setting (or unset until starts_at) again.
  sb.sim.program(row, device, now)
}

export function freshCode(sb: Sandbox, device: DeviceRow, lengths?: number[]): string {
  return generateCode(device.device, isTaken(sb, device.device.device_id), Math.random, lengths)
}
