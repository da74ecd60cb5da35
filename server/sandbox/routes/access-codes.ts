import {
  accessCodeIdInputSchema,
  createAccessCodeInputSchema,
  createMultipleAccessCodesInputSchema,
  deleteAccessCodeInputSchema,
  generateCodeInputSchema,
  getAccessCodeInputSchema,
  listAccessCodesInputSchema,
  updateAccessCodeInputSchema,
  updateMultipleAccessCodesInputSchema,
} from '../../../src/api/schemas/access-code-inputs'
import { iso } from '../clock'
import { codeProblem, generatedCodeFits } from '../code-rules'
import {
  ok,
  okRawListBytes,
  recordAttempt,
  findCode,
  requireCode,
  requireCodeAndDevice,
  requireDevice,
  requireDeviceExists,
  saveCode,
  type Sandbox,
  type SandboxApp,
} from '../context'
import { conflict, fieldError, notFound, SandboxError } from '../errors'
import { uuid } from '../ids'
import { parseInput } from '../input'
import type { AccessCodeRecord, CodeRow, DeviceRow } from '../types'
import {
  applyUpdate,
  assertBackupPool,
  assertCodeFits,
  assertNameFits,
  freshCode,
  isTaken,
  newCodeRow,
  resolveSchedule,
} from './access-code-logic'
import { readRoute, writeRoute } from './route'

const NO_LIMIT = 100_000

export function registerAccessCodeRoutes(app: SandboxApp, sb: Sandbox) {
  readRoute(app, '/access_codes/list', (raw, c) => {
    const q = parseInput(listAccessCodesInputSchema, raw)
    if (q.device_id !== undefined) requireDeviceExists(sb, q.device_id)
    const limit = q.limit ?? NO_LIMIT
    const items = q.access_code_ids
      ? sb.store.codesJsonByIds(q.access_code_ids, q.device_id, limit)
      : sb.store.codesJsonByDevice(q.device_id!, true, limit)
    return okRawListBytes(c, 'access_codes', items)
  })

  readRoute(app, '/access_codes/get', (raw, c) => {
    const q = parseInput(getAccessCodeInputSchema, raw)
    return ok(c, { access_code: findCode(sb, q, true).code })
  })

  writeRoute(app, '/access_codes/create', (raw, c) => {
    const input = parseInput(createAccessCodeInputSchema, raw)
    const now = sb.clock.now()
    const device = requireDevice(sb, input.device_id)
    const schedule = resolveSchedule(input.starts_at, input.ends_at, now)
    assertBackupPool(device, input.use_backup_access_code_pool)
    assertNameFits(device, input.name)
    if (input.code !== undefined) assertCodeFits(sb, device, input.code)
    const code = input.code ?? freshCode(sb, device)
    const row = newCodeRow(sb, device, input, schedule, code, input.common_code_key ?? null, now)
    const attempt = sb.store.transaction(() =>
      saveCode(sb, row, device, now, 'access_code.created', 'CREATE_ACCESS_CODE'),
    )
    return ok(c, { access_code: row.code, action_attempt: attempt })
  })

  writeRoute(app, '/access_codes/create_multiple', (raw, c) => {
    const input = parseInput(createMultipleAccessCodesInputSchema, raw)
    const now = sb.clock.now()
    const devices = [...new Set(input.device_ids)].map((id) => requireDevice(sb, id))
    const schedule = resolveSchedule(input.starts_at, input.ends_at, now)
    devices.forEach((d) => assertBackupPool(d, input.use_backup_access_code_pool))
    devices.forEach((d) => assertNameFits(d, input.name))
    const randomWhenShared = input.behavior_when_code_cannot_be_shared === 'create_random_code'
    const codes = sharedCodes(sb, devices, input.code, randomWhenShared)
    const commonKey = `auto_set_by_create_multiple_${uuid().replace(/-/g, '')}`
    const rows = devices.map((d, i) =>
      newCodeRow(sb, d, input, schedule, codes[i]!, commonKey, now),
    )
    sb.store.transaction(() => {
      rows.forEach((row, i) =>
        saveCode(sb, row, devices[i]!, now, 'access_code.created', 'CREATE_ACCESS_CODE'),
      )
    })
    return ok(c, { access_codes: rows.map((r) => r.code) })
  })

  writeRoute(app, '/access_codes/update', (raw, c) => {
    const input = parseInput(updateAccessCodeInputSchema, raw)
    const now = sb.clock.now()
    const { row, device } = requireCodeAndDevice(sb, input.access_code_id, true, input.device_id)
    applyUpdate(sb, row, device, input, now)
    const attempt = sb.store.transaction(() =>
      saveCode(sb, row, device, now, 'access_code.changed', 'UPDATE_ACCESS_CODE'),
    )
    return ok(c, { action_attempt: attempt })
  })

  writeRoute(app, '/access_codes/update_multiple', (raw, c) => {
    const input = parseInput(updateMultipleAccessCodesInputSchema, raw)
    const now = sb.clock.now()
    // Codes already on their way out are left alone rather than failing the whole batch.
    const rows = sb.store
      .codesByCommonKey(input.common_code_key)
      .filter((r) => r.code.status !== 'removing')
    if (rows.length === 0)
      throw notFound('access_code', 'Could not find any access_code with that common_code_key')
    const devices = rows.map((r) => requireDevice(sb, r.code.device_id))
    // Validate every code before storing any: all or nothing.
    rows.forEach((row, i) => applyUpdate(sb, row, devices[i]!, input, now))
    sb.store.transaction(() => {
      rows.forEach((row, i) =>
        saveCode(sb, row, devices[i]!, now, 'access_code.changed', 'UPDATE_ACCESS_CODE'),
      )
    })
    return ok(c, {})
  })

  writeRoute(app, '/access_codes/delete', (raw, c) => {
    const input = parseInput(deleteAccessCodeInputSchema, raw)
    const now = sb.clock.now()
    const { row, device } = requireCodeAndDevice(sb, input.access_code_id, true, input.device_id)
    const attempt = sb.store.transaction(() => {
      if (row.code.status !== 'removing') {
        sb.sim.beginRemoval(row, now)
        sb.sim.save(row, device)
      }
      return recordAttempt(sb, 'DELETE_ACCESS_CODE', {})
    })
    return ok(c, { action_attempt: attempt })
  })

  writeRoute(app, '/access_codes/generate_code', (raw, c) => {
    const input = parseInput(generateCodeInputSchema, raw)
    const device = requireDevice(sb, input.device_id)
    return ok(c, {
      generated_code: { device_id: device.device.device_id, code: freshCode(sb, device) },
    })
  })

  writeRoute(app, '/access_codes/pull_backup_access_code', (raw, c) => {
    const input = parseInput(accessCodeIdInputSchema, raw)
    const now = sb.clock.now()
    const row = requireCode(sb, input.access_code_id, true)
    const original = row.code
    if (original.type !== 'time_bound')
      throw fieldError('access_code_id', 'backup codes exist only for time_bound codes')
    // Seed 000 names the key backup_access_code; Seam's current SDK reads access_code. Send both.
    if (original.pulled_backup_access_code_id) {
      const existing = sb.store.getCode(original.pulled_backup_access_code_id)
      if (existing) return ok(c, { backup_access_code: existing.code, access_code: existing.code })
    }
    const device = requireDevice(sb, original.device_id)
    if (
      !row.sim.use_backup_pool ||
      !device.device.properties.supports_backup_access_code_pool ||
      original.pulled_backup_access_code_id
    ) {
      throw conflict(
        'no_backup_access_code_available',
        'No backup access code is available for this access code (create it with use_backup_access_code_pool: true on a device that supports the backup pool)',
      )
    }
    const backup = backupRow(sb, original, device, now)
    original.pulled_backup_access_code_id = backup.code.access_code_id
    original.is_backup_access_code_available = false
    sb.store.transaction(() => {
      sb.sim.save(row, device)
      sb.sim.save(backup, device)
      sb.sim.emitForCode('access_code.backup_access_code_pulled', now, device.device, original, {
        backup_access_code_id: backup.code.access_code_id,
      })
    })
    return ok(c, { backup_access_code: backup.code, access_code: backup.code }, 201)
  })
}

/** The same code on every device when possible (seed: create_multiple shares a code). */
function sharedCodes(
  sb: Sandbox,
  devices: DeviceRow[],
  wanted: string | undefined,
  randomWhenShared: boolean,
): string[] {
  if (wanted !== undefined) {
    for (const d of devices) {
      const problem = codeProblem(wanted, d.device)
      if (problem) throw fieldError('code', `${problem} (${d.device.display_name})`)
    }
    return devices.map((d) => {
      if (!isTaken(sb, d.device.device_id)(wanted)) return wanted
      if (randomWhenShared) return freshCode(sb, d)
      throw conflict(
        'duplicate_access_code',
        `Code ${wanted} is already in use on device ${d.device.device_id}`,
      )
    })
  }
  const common = devices.reduce<number[]>(
    (acc, d) => acc.filter((n) => d.device.properties.supported_code_lengths.includes(n)),
    devices[0]!.device.properties.supported_code_lengths,
  )
  if (common.length === 0) {
    if (randomWhenShared) return devices.map((d) => freshCode(sb, d))
    throw fieldError(
      'device_ids',
      'These devices share no supported code length, so they cannot share a code',
    )
  }
  const first = devices[0]!
  for (let attempt = 0; attempt < 200; attempt++) {
    const candidate = freshCode(sb, first, common)
    const fitsAll = devices.every(
      (d) => generatedCodeFits(candidate, d.device) && !isTaken(sb, d.device.device_id)(candidate),
    )
    if (fitsAll) return devices.map(() => candidate)
  }
  throw new SandboxError(
    409,
    'duplicate_access_code',
    'Could not find a code that is free on every device',
  )
}

function backupRow(
  sb: Sandbox,
  original: AccessCodeRecord,
  device: DeviceRow,
  now: number,
): CodeRow {
  const code: AccessCodeRecord = {
    ...original,
    access_code_id: uuid(),
    name: `Backup ${original.access_code_id.slice(0, 8)} (Seam)`,
    code: freshCode(sb, device),
    common_code_key: null,
    status: 'set',
    created_at: iso(now),
    errors: [],
    warnings: [],
    is_backup: true,
    is_backup_access_code_available: false,
    is_scheduled_on_device: true,
    pulled_backup_access_code_id: null,
  }
  return {
    code,
    sim: { phase: 'active', phase_started_at: now, schedule_due_at: null, use_backup_pool: false },
  }
}
