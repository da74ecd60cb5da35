import { iso } from './clock'
import { generateCode } from './code-rules'
import type { Store } from './db'
import { pick, seededRandom, uuid, type Random } from './ids'
import {
  CATALOGUE_MESSAGES,
  CODE_NAMES,
  LOCK_MODELS,
  PROPERTIES,
  UNMANAGED_NAMES,
  type LockModel,
} from './seed-catalogue'
import type { Simulator } from './simulator'
import type { AccessCodeRecord, CodeRow, CodeSim, DeviceRow, WorkspaceRecord } from './types'

export type SeedName = 'default' | 'large' | 'empty'
export const SEED_NAMES = ['default', 'large', 'empty'] as const

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

interface SeedPlan {
  devices: number
  codesPerDevice: number
  offline: Set<number>
  lowBattery: Set<number>
  unmanagedOn: Set<number>
}

const PLANS: Record<Exclude<SeedName, 'empty'>, SeedPlan> = {
  default: {
    devices: 25,
    codesPerDevice: 8,
    offline: new Set([4, 11, 19]),
    lowBattery: new Set([2, 9, 16, 22]),
    unmanagedOn: new Set([0, 5, 8, 13, 20]),
  },
  large: {
    devices: 250,
    // 43 per lock: ~6% are seeded mid-removal and vanish, leaving just over 10,000 codes.
    codesPerDevice: 43,
    offline: new Set(Array.from({ length: 250 }, (_, i) => i).filter((i) => i % 17 === 4)),
    lowBattery: new Set(Array.from({ length: 250 }, (_, i) => i).filter((i) => i % 13 === 2)),
    unmanagedOn: new Set(Array.from({ length: 250 }, (_, i) => i).filter((i) => i % 10 === 0)),
  },
}

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

/** Fill an empty store with a deterministic workspace; times are relative to `now`. */
export function seedWorkspace(store: Store, sim: Simulator, seed: SeedName, now: number): void {
  const random = seededRandom(seed === 'large' ? 0x1a2b3c : 0xd00a)
  const workspace: WorkspaceRecord = {
    workspace_id: uuid(random),
    name: 'Harborview Property Group (Sandbox)',
    company_name: 'Harborview Property Group',
    is_sandbox: true,
    connected_account_ids: LOCK_MODELS.map(() => uuid(random)),
  }
  store.transaction(() => {
    store.setMeta('workspace', JSON.stringify(workspace))
    store.setMeta('seed', seed)
    sim.resetCaches()
    if (seed === 'empty') return
    const plan = PLANS[seed]
    for (let i = 0; i < plan.devices; i++) {
      const device = buildDevice(i, plan, workspace, random, now)
      store.putDevice(device.device, device.sim, i + 1)
      if (!device.device.properties.online) {
        sim.emit('device.disconnected', now - (30 + i) * MIN, device.device)
      }
      if (plan.lowBattery.has(i))
        sim.emit('device.low_battery', now - (2 + (i % 5)) * HOUR, device.device, {
          battery_level: device.device.properties.battery_level,
        })
      seedCodes(store, sim, device, i, plan, random, now)
    }
  })
}

function modelFor(i: number): LockModel {
  return LOCK_MODELS[i % LOCK_MODELS.length]!
}

function buildDevice(
  i: number,
  plan: SeedPlan,
  ws: WorkspaceRecord,
  random: Random,
  now: number,
): DeviceRow {
  const model = modelFor(i)
  const property = PROPERTIES[i % PROPERTIES.length]!
  const online = !plan.offline.has(i)
  const low = plan.lowBattery.has(i)
  const level = low ? (i % 2 === 0 ? 0.07 : 0.18) : Math.round((0.45 + random() * 0.55) * 100) / 100
  const status = level < 0.1 ? 'critical' : level < 0.25 ? 'low' : level < 0.75 ? 'good' : 'full'
  const n = Math.floor(i / PROPERTIES.length)
  // Shared doors first, then numbered units; the property prefix keeps every name unique.
  const sharedDoors = plan.devices <= 30 ? property.doors.length : 0
  const unit = n - sharedDoors
  const displayName =
    unit < 0
      ? `${property.name} – ${property.doors[n]}`
      : `${property.name} – Unit ${Math.floor(unit / 4) + 1}${'ABCD'[unit % 4]}`
  const createdAt = now - (200 + i) * DAY
  return {
    device: {
      device_id: uuid(random),
      device_type: `${model.maker}_lock`,
      display_name: displayName,
      properties: {
        name: displayName,
        online,
        locked: random() > 0.2,
        door_open: false,
        battery_level: level,
        battery: { level, status },
        manufacturer: model.maker,
        model: { display_name: model.model, manufacturer_display_name: model.manufacturerDisplay },
        supported_code_lengths: model.lengths,
        code_constraints: model.constraints,
        max_active_codes_supported: model.maxCodes,
        supports_backup_access_code_pool: model.backup,
        serial_number: `${model.maker.slice(0, 3).toUpperCase()}-${String(100000 + i * 7919).slice(0, 6)}`,
      },
      location: { location_name: property.name, timezone: property.timezone },
      capabilities_supported: ['access_code', 'lock'],
      errors: online
        ? []
        : [
            {
              error_code: 'device_offline',
              message: 'Device is offline',
              is_device_error: true,
              created_at: iso(now - (30 + i) * MIN),
            },
          ],
      warnings: low
        ? [
            {
              warning_code: 'battery_low',
              message: `Battery level is ${status} (${Math.round(level * 100)}%)`,
              created_at: iso(now - (2 + (i % 5)) * HOUR),
            },
          ]
        : [],
      created_at: iso(createdAt),
      workspace_id: ws.workspace_id,
      connected_account_id: ws.connected_account_ids[i % LOCK_MODELS.length]!,
      can_program_online_access_codes: true,
    },
    sim: { latency_ms: model.latencyMs },
  }
}

function seedCodes(
  store: Store,
  sim: Simulator,
  device: DeviceRow,
  i: number,
  plan: SeedPlan,
  random: Random,
  now: number,
) {
  const d = device.device
  const model = modelFor(i)
  const used = new Set<string>()
  const newCode = () => {
    const pin = generateCode(d, (x) => used.has(x), random)
    used.add(pin)
    return pin
  }
  const mix = d.properties.online ? ONLINE_MIX : OFFLINE_MIX
  const offset = Math.floor(random() * mix.length)
  for (let k = 0; k < plan.codesPerDevice; k++) {
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
  if (plan.unmanagedOn.has(i) && model.supportsUnmanaged) {
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
  return {
    access_code_id: id,
    device_id: deviceId,
    name,
    code,
    common_code_key: null,
    type: 'ongoing',
    status: 'set',
    starts_at: null,
    ends_at: null,
    created_at: iso(createdAt),
    errors: [],
    warnings: [],
    is_managed: true,
    is_backup: false,
    is_backup_access_code_available: false,
    is_external_modification_allowed: false,
    is_offline_access_code: false,
    is_one_time_use: false,
    is_scheduled_on_device: null,
    is_waiting_for_code_assignment: false,
    pulled_backup_access_code_id: null,
  }
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
