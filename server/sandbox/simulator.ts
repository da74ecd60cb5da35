import { iso } from './clock'
import type { Store } from './db'
import { uuid } from './ids'
import type {
  AccessCodeRecord,
  CodeRow,
  DeviceRow,
  SeamEventRecord,
  WorkspaceRecord,
} from './types'

/** How long a lock may take before Seam flags a delay, and when it gives up (simulated time). */
export const DELAY_AFTER_MS = 2 * 60_000
export const FAIL_AFTER_MS = 10 * 60_000
export const DEFAULT_LATENCY_MS = 3_000
/** Wall time one request (or one timer slice) may spend applying a backlog of transitions. */
export const TICK_SLICE_MS = 4
/**
 * Requests apply due transitions at most this often (wall time). Each tick is a commit, and a
 * commit of one transition costs twice the transition itself (~190 µs against ~95 µs on the
 * large seed), so a busy server batches; a read may be this much behind simulated time.
 */
export const REQUEST_TICK_GAP_MS = 20

const SIM_WARNINGS = ['delay_in_setting_on_device', 'delay_in_removing_from_device']
const SIM_ERRORS = ['failed_to_set_on_device', 'failed_to_remove_from_device']

const MESSAGES: Record<string, string> = {
  delay_in_setting_on_device: 'Delay in setting code on device.',
  delay_in_removing_from_device: 'Delay in removing code from device.',
  failed_to_set_on_device: 'Failed to set code on device.',
  failed_to_remove_from_device: 'Failed to remove code from device.',
}

const hasWarning = (code: AccessCodeRecord, w: string) =>
  code.warnings.some((x) => x.warning_code === w)
const hasError = (code: AccessCodeRecord, e: string) => code.errors.some((x) => x.error_code === e)
const ms = (value: string | null | undefined) => (value ? Date.parse(value) : NaN)

/**
 * The lock simulator. Every code stores `next_transition_at`; `tick(now)` applies due
 * transitions one at a time in time order, each stamped with the simulated instant it was due.
 */
export class Simulator {
  private workspaceId: string | undefined
  /** performance.now() of the last tickForRequest that found work. */
  private lastRequestTick = -Infinity

  constructor(private readonly store: Store) {}

  workspace(): WorkspaceRecord {
    return JSON.parse(this.store.getMeta('workspace') ?? '{}') as WorkspaceRecord
  }

  resetCaches(): void {
    this.workspaceId = undefined
  }

  emit(
    type: string,
    at: number,
    device: DeviceRow['device'],
    extra: Partial<SeamEventRecord> = {},
  ): void {
    this.workspaceId ??= this.workspace().workspace_id
    const event: SeamEventRecord = {
      event_id: uuid(),
      event_type: type,
      workspace_id: this.workspaceId,
      created_at: iso(at),
      occurred_at: iso(at),
      device_id: device.device_id,
      connected_account_id: device.connected_account_id ?? '',
      ...extra,
    }
    this.store.insertEvent(event, at)
  }

  emitForCode(
    type: string,
    at: number,
    device: DeviceRow['device'],
    code: AccessCodeRecord,
    extra: Partial<SeamEventRecord> = {},
  ) {
    this.emit(type, at, device, {
      access_code_id: code.access_code_id,
      code: code.code ?? undefined,
      ...extra,
    })
  }

  /** When this code next changes on its own, or null if it waits for an outside action. */
  nextTransition(row: CodeRow, device: DeviceRow): number | null {
    const { code, sim } = row
    const online = device.device.properties.online
    const ends = code.type === 'time_bound' ? ms(code.ends_at) : NaN
    const candidates: number[] = []
    switch (sim.phase) {
      case 'scheduled':
        if (sim.schedule_due_at !== null) candidates.push(sim.schedule_due_at)
        candidates.push(ms(code.starts_at))
        break
      case 'active':
        break
      case 'pending_set':
      case 'pending_remove': {
        const setting = sim.phase === 'pending_set'
        const warned = hasWarning(
          code,
          setting ? 'delay_in_setting_on_device' : 'delay_in_removing_from_device',
        )
        const failed = hasError(
          code,
          setting ? 'failed_to_set_on_device' : 'failed_to_remove_from_device',
        )
        if (online) candidates.push(sim.phase_started_at + device.sim.latency_ms)
        else if (!warned) candidates.push(sim.phase_started_at + DELAY_AFTER_MS)
        else if (!failed) candidates.push(sim.phase_started_at + FAIL_AFTER_MS)
        if (!setting) return min(candidates)
        break
      }
      default:
        return null
    }
    if (!Number.isNaN(ends)) candidates.push(ends)
    return min(candidates)
  }

  save(row: CodeRow, device: DeviceRow): void {
    this.store.putCode(row, this.nextTransition(row, device))
  }

  /** Put a code into the state a fresh create/update leads to. */
  program(row: CodeRow, device: DeviceRow, now: number): void {
    const { code, sim } = row
    code.errors = []
    code.warnings = []
    if (code.type === 'time_bound' && ms(code.starts_at) > now) {
      code.status = 'unset'
      code.is_scheduled_on_device = false
      sim.phase = 'scheduled'
      sim.schedule_due_at = now + device.sim.latency_ms
    } else {
      code.status = 'setting'
      code.is_scheduled_on_device = code.type === 'time_bound' ? false : null
      sim.phase = 'pending_set'
      sim.schedule_due_at = null
    }
    sim.phase_started_at = now
  }

  beginRemoval(row: CodeRow, now: number): void {
    row.code.status = 'removing'
    row.code.warnings = row.code.warnings.filter((w) => !SIM_WARNINGS.includes(w.warning_code))
    row.code.errors = row.code.errors.filter((e) => !SIM_ERRORS.includes(e.error_code))
    row.sim.phase = 'pending_remove'
    row.sim.phase_started_at = now
  }

  /**
   * Applies every due transition (a comparison when none is), in one transaction.
   *
   * With `budgetMs`, stops once that much wall time is spent and returns false; the rest stays
   * due for the next call. Seeds and batch writes make hundreds of codes fall due in the same
   * millisecond, and applying them in one go stalled every client for 30–55 ms.
   */
  tick(now: number, budgetMs = Infinity): boolean {
    if (!this.store.anyDue(now)) return true
    const deadline = performance.now() + budgetMs
    let drained = false
    const devices = new Map<string, DeviceRow | undefined>()
    const deviceOf = (id: string) => {
      if (!devices.has(id)) devices.set(id, this.store.getDevice(id))
      return devices.get(id)
    }
    this.store.transaction(() => {
      for (;;) {
        const due = this.store.nextDue(now)
        if (!due) {
          drained = true
          return
        }
        const device = deviceOf(due.code.device_id)
        if (device) this.step(due, device, due.at)
        else this.store.deleteCode(due.code.access_code_id)
        if (performance.now() >= deadline) return
      }
    })
    return drained
  }

  /**
   * The request path's lazy simulation: a comparison when nothing is due; otherwise one slice
   * of the backlog, at most every REQUEST_TICK_GAP_MS, so a burst of hundreds of codes falling
   * due at once never stalls every client, nor costs a commit per request.
   */
  tickForRequest(now: number): void {
    const wall = performance.now()
    if (wall - this.lastRequestTick < REQUEST_TICK_GAP_MS || !this.store.anyDue(now)) return
    this.lastRequestTick = wall
    this.tick(now, TICK_SLICE_MS)
  }

  private step(row: CodeRow, device: DeviceRow, at: number): void {
    const { code, sim } = row
    const online = device.device.properties.online
    const d = device.device
    if (sim.phase === 'scheduled') {
      if (sim.schedule_due_at !== null && at >= sim.schedule_due_at && at < ms(code.starts_at)) {
        sim.schedule_due_at = null
        if (online) {
          code.is_scheduled_on_device = true
          this.emitForCode('access_code.scheduled_on_device', at, d, code)
        }
      } else if (code.is_scheduled_on_device && online) {
        // Programmed ahead on the lock: it becomes active by itself at starts_at.
        this.markSet(row, d, at)
      } else {
        code.status = 'setting'
        sim.phase = 'pending_set'
        sim.phase_started_at = at
        sim.schedule_due_at = null
      }
      return this.save(row, device)
    }
    if (code.type === 'time_bound' && at >= ms(code.ends_at) && sim.phase !== 'pending_remove') {
      this.beginRemoval(row, at)
      return this.save(row, device)
    }
    if (sim.phase === 'pending_set') {
      if (online) this.markSet(row, d, at)
      else this.flagOffline(row, d, at, 'setting')
      return this.save(row, device)
    }
    if (sim.phase === 'pending_remove') {
      if (!online) {
        this.flagOffline(row, d, at, 'removing')
        return this.save(row, device)
      }
      this.store.deleteCode(code.access_code_id)
      this.emitForCode('access_code.removed_from_device', at, d, code)
      this.emitForCode('access_code.deleted', at, d, code)
      return
    }
    // Nothing else is time-driven; clear the stale schedule.
    this.save(row, device)
  }

  private markSet(row: CodeRow, device: DeviceRow['device'], at: number): void {
    const { code, sim } = row
    code.status = 'set'
    code.warnings = code.warnings.filter((w) => !SIM_WARNINGS.includes(w.warning_code))
    code.errors = code.errors.filter((e) => !SIM_ERRORS.includes(e.error_code))
    if (code.type === 'time_bound') code.is_scheduled_on_device = true
    sim.phase = 'active'
    sim.schedule_due_at = null
    this.emitForCode('access_code.set_on_device', at, device, code)
  }

  private flagOffline(
    row: CodeRow,
    device: DeviceRow['device'],
    at: number,
    doing: 'setting' | 'removing',
  ): void {
    const { code, sim } = row
    const elapsed = at - sim.phase_started_at
    const warning =
      doing === 'setting' ? 'delay_in_setting_on_device' : 'delay_in_removing_from_device'
    const error = doing === 'setting' ? 'failed_to_set_on_device' : 'failed_to_remove_from_device'
    if (elapsed >= DELAY_AFTER_MS && !hasWarning(code, warning)) {
      code.warnings.push({
        warning_code: warning,
        message: MESSAGES[warning]!,
        created_at: iso(at),
      })
      this.emitForCode(`access_code.${warning}`, at, device, code)
    }
    if (elapsed >= FAIL_AFTER_MS && !hasError(code, error)) {
      code.errors.push({ error_code: error, message: MESSAGES[error]!, created_at: iso(at) })
      this.emitForCode(`access_code.${error}`, at, device, code)
    }
  }

  /** Online/offline flips the device error and reschedules its pending codes (they settle when back). */
  setDeviceOnline(deviceId: string, online: boolean, now: number): DeviceRow | undefined {
    const row = this.store.getDevice(deviceId)
    if (!row) return undefined
    const d = row.device
    if (d.properties.online === online) return row
    d.properties.online = online
    d.errors = d.errors.filter((e) => e.error_code !== 'device_offline')
    if (!online) {
      d.errors.push({
        error_code: 'device_offline',
        message: 'Device is offline',
        is_device_error: true,
        created_at: iso(now),
      })
    }
    this.store.transaction(() => {
      this.store.putDevice(d, row.sim)
      this.emit(online ? 'device.connected' : 'device.disconnected', now, d)
      for (const codeRow of this.store.codeRowsByDevice(deviceId)) {
        // Coming back: a stalled attempt retries now instead of waiting out its original latency.
        if (
          online &&
          (codeRow.sim.phase === 'pending_set' || codeRow.sim.phase === 'pending_remove')
        ) {
          const stalled = now - codeRow.sim.phase_started_at > row.sim.latency_ms
          if (stalled) codeRow.sim.phase_started_at = now - row.sim.latency_ms
        }
        this.save(codeRow, row)
      }
    })
    this.tick(now)
    return row
  }
}

function min(values: number[]): number | null {
  const finite = values.filter((v) => Number.isFinite(v))
  return finite.length ? Math.min(...finite) : null
}
