import { iso } from './clock'
import type { Store } from './db'
import { seededRandom, uuid, type Random } from './ids'
import { seedCodes } from './seed-codes'
import { LOCK_MODELS, PROPERTIES, type LockModel } from './seed-catalogue'
import type { Simulator } from './simulator'
import type { DeviceRow, WorkspaceRecord } from './types'

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
      seedCodes(store, sim, device, i, modelFor(i), {
        count: plan.codesPerDevice,
        unmanaged: plan.unmanagedOn.has(i),
        random,
        now,
      })
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
