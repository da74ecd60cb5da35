import { iso } from './clock'
import { generateCode } from './code-rules'
import { codeRecord } from './code-record'
import type { Store } from './db'
import { pick, uuid, type Random } from './ids'
import { CATALOGUE_MESSAGES, CODE_NAMES, UNMANAGED_NAMES, type LockModel } from './seed-catalogue'
import type { Simulator } from './simulator'
import type { AccessCodeRecord, CodeRow, CodeSim, DeviceRow } from './types'

/** The access codes of the seeded workspace, each in a state the simulator then moves along. */

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

type Scenario =
  | 'ongoing_set'
  | 'tb_active'
  | 'tb_scheduled'
  | 'tb_future_unscheduled'
  | 'ongoing_setting'
  | 'tb_setting'
  | 'removing'
  | 'set_warning'
  | 'errored'
  | 'tb_backup'
  | 'offline_delay'
  | 'offline_failed'
  | 'offline_fresh'
  | 'offline_removing'

const ONLINE_MIX: Scenario[] = [
  'ongoing_set',
  'ongoing_set',
  'tb_active',
  'tb_scheduled',
  'tb_backup',
  'ongoing_setting',
  'set_warning',
  'tb_active',
  'ongoing_set',
  'tb_scheduled',
  'tb_future_unscheduled',
  'removing',
  'errored',
  'tb_setting',
  'tb_active',
  'ongoing_set',
]
const OFFLINE_MIX: Scenario[] = [
  'ongoing_set',
  'offline_delay',
  'offline_failed',
  'tb_scheduled',
  'offline_fresh',
  'offline_removing',
  'tb_active',
  'ongoing_set',
]

/**
 * A lock's seeded codes: `count` managed codes in a mix of states (a different mix for an
 * offline lock), the first lock's already-pulled backup, and two unmanaged codes where asked.
 */
export function seedCodes(
  store: Store,
  sim: Simulator,
  device: DeviceRow,
  i: number,
  model: LockModel,
  {
    count,
    unmanaged,
    random,
    now,
  }: { count: number; unmanaged: boolean; random: Random; now: number },
) {
  const d = device.device
  const used = new Set<string>()
  const newCode = () => {
    const pin = generateCode(d, (x) => used.has(x), random)
    used.add(pin)
    return pin
  }
  const mix = d.properties.online ? ONLINE_MIX : OFFLINE_MIX
  const offset = Math.floor(random() * mix.length)
  for (let k = 0; k < count; k++) {
    let scenario = mix[(k + offset) % mix.length]!
    if (scenario === 'tb_backup' && !model.backup) scenario = 'tb_active'
    const row = buildCode(scenario, d, model, newCode(), random, now)
    sim.save(row, device)
    history(sim, row, d, device.sim.latency_ms, now)
  }
  if (i === 0) {
    // One original whose backup has already been pulled (device 0 is an August: pool supported).
    const row = buildCode('tb_backup', d, model, newCode(), random, now)
    sim.save(row, device)
    history(sim, row, d, device.sim.latency_ms, now)
    pullSeedBackup(store, sim, row, device, newCode(), random, now)
  }
  if (unmanaged && model.supportsUnmanaged) {
    for (let u = 0; u < 2; u++) {
      const createdAt = now - (40 + u * 20 + i) * DAY
      const code: AccessCodeRecord = {
        ...baseCode(uuid(random), d.device_id, newCode(), pick(random, UNMANAGED_NAMES), createdAt),
        is_managed: false,
        status: 'set',
      }
      store.putCode(
        {
          code,
          sim: {
            phase: 'unmanaged',
            phase_started_at: createdAt,
            schedule_due_at: null,
            use_backup_pool: false,
          },
        },
        null,
      )
      sim.emitForCode('access_code.unmanaged.created', createdAt, d, code)
    }
  }
}

function baseCode(
  id: string,
  deviceId: string,
  code: string,
  name: string,
  createdAt: number,
): AccessCodeRecord {
  return codeRecord({
    access_code_id: id,
    device_id: deviceId,
    name,
    code,
    created_at: iso(createdAt),
  })
}

function buildCode(
  s: Scenario,
  d: DeviceRow['device'],
  model: LockModel,
  code: string,
  random: Random,
  now: number,
): CodeRow {
  const createdAt = now - Math.floor((1 + random() * 60) * DAY)
  const record = baseCode(uuid(random), d.device_id, code, pick(random, CODE_NAMES), createdAt)
  const simState: CodeSim = {
    phase: 'active',
    phase_started_at: createdAt,
    schedule_due_at: null,
    use_backup_pool: false,
  }
  const timeBound = (startOffset: number, lengthMs: number) => {
    record.type = 'time_bound'
    record.starts_at = iso(now + startOffset)
    record.ends_at = iso(now + startOffset + lengthMs)
    record.is_scheduled_on_device = true
  }
  const at = (field: 'warnings' | 'errors', key: string, ago: number) => {
    const entry = { message: CATALOGUE_MESSAGES[key] ?? key, created_at: iso(now - ago) }
    if (field === 'warnings') record.warnings.push({ warning_code: key, ...entry })
    else record.errors.push({ error_code: key, ...entry })
  }
  const pending = (phase: 'pending_set' | 'pending_remove', ago: number) => {
    record.status = phase === 'pending_set' ? 'setting' : 'removing'
    simState.phase = phase
    simState.phase_started_at = now - ago
  }
  switch (s) {
    case 'tb_active':
      timeBound(-Math.floor((1 + random() * 48) * HOUR), Math.floor((3 + random() * 10) * DAY))
      break
    case 'tb_backup':
      timeBound(-Math.floor((1 + random() * 24) * HOUR), Math.floor((2 + random() * 6) * DAY))
      simState.use_backup_pool = true
      record.is_backup_access_code_available = true
      break
    case 'tb_scheduled':
      timeBound(Math.floor((1 + random() * 14) * DAY), Math.floor((2 + random() * 5) * DAY))
      record.status = 'unset'
      simState.phase = 'scheduled'
      break
    case 'tb_future_unscheduled':
      timeBound(Math.floor((3 + random() * 20) * HOUR), Math.floor((1 + random() * 3) * DAY))
      record.status = 'unset'
      record.is_scheduled_on_device = false
      simState.phase = 'scheduled'
      break
    case 'ongoing_setting':
      record.created_at = iso(now - 1000)
      pending('pending_set', Math.floor(random() * 1500))
      break
    case 'tb_setting':
      timeBound(-Math.floor(random() * 1000), Math.floor((1 + random() * 5) * DAY))
      record.created_at = iso(now - 1000)
      record.is_scheduled_on_device = false
      pending('pending_set', Math.floor(random() * 1000))
      break
    case 'removing':
      pending('pending_remove', Math.floor(random() * 1000))
      break
    case 'set_warning':
      if (model.warning) at('warnings', model.warning, 3 * HOUR)
      break
    case 'errored':
      record.status = 'unknown'
      simState.phase = 'stuck'
      if (model.error) at('errors', model.error, 6 * HOUR)
      break
    case 'offline_delay':
      pending('pending_set', 5 * MIN)
      at('warnings', 'delay_in_setting_on_device', 3 * MIN)
      break
    case 'offline_failed':
      pending('pending_set', 45 * MIN)
      at('warnings', 'delay_in_setting_on_device', 43 * MIN)
      at('errors', 'failed_to_set_on_device', 35 * MIN)
      break
    case 'offline_fresh':
      pending('pending_set', 20_000)
      break
    case 'offline_removing':
      pending('pending_remove', 4 * MIN)
      at('warnings', 'delay_in_removing_from_device', 2 * MIN)
      break
    case 'ongoing_set':
      break
  }
  return { code: record, sim: simState }
}

/** Plausible past events for a seeded code (future ones are left to the simulator). */
function history(
  sim: Simulator,
  row: CodeRow,
  d: DeviceRow['device'],
  latency: number,
  now: number,
) {
  const record = row.code
  const created = Date.parse(record.created_at)
  sim.emitForCode('access_code.created', created, d, record)
  if (record.status === 'set' && created + latency < now)
    sim.emitForCode('access_code.set_on_device', created + latency, d, record)
  if (record.status === 'unset' && record.is_scheduled_on_device)
    sim.emitForCode('access_code.scheduled_on_device', created + latency, d, record)
  for (const w of record.warnings)
    sim.emitForCode(`access_code.${w.warning_code}`, Date.parse(w.created_at), d, record)
  for (const e of record.errors)
    sim.emitForCode(`access_code.${e.error_code}`, Date.parse(e.created_at), d, record)
}

function pullSeedBackup(
  store: Store,
  sim: Simulator,
  original: CodeRow,
  device: DeviceRow,
  code: string,
  random: Random,
  now: number,
) {
  const o = original.code
  const backup: AccessCodeRecord = {
    ...baseCode(
      uuid(random),
      o.device_id,
      code,
      `Backup ${o.access_code_id.slice(0, 8)} (Seam)`,
      now - 2 * HOUR,
    ),
    type: 'time_bound',
    starts_at: o.starts_at,
    ends_at: o.ends_at,
    is_backup: true,
    is_scheduled_on_device: true,
  }
  o.pulled_backup_access_code_id = backup.access_code_id
  o.is_backup_access_code_available = false
  const backupRow: CodeRow = {
    code: backup,
    sim: {
      phase: 'active',
      phase_started_at: now - 2 * HOUR,
      schedule_due_at: null,
      use_backup_pool: false,
    },
  }
  sim.save(original, device)
  sim.save(backupRow, device)
  sim.emitForCode('access_code.backup_access_code_pulled', now - 2 * HOUR, device.device, o, {
    backup_access_code_id: backup.access_code_id,
  })
  store.setMeta('seed_backup_pulled', backup.access_code_id)
}
