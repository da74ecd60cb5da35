import type Database from 'better-sqlite3'
import { asciiJson } from './ascii-json'
import { CodeListCache } from './code-list-cache'
import { openSandboxDatabase } from './store-database'
import { prepareStatements, toCodeRow, type Statements } from './store-statements'
import type {
  ActionAttemptRecord,
  CodeRow,
  DeviceRecord,
  DeviceRow,
  DeviceSim,
  SeamEventRecord,
} from './types'

export interface EventQuery {
  device_id?: string
  device_ids?: string[]
  access_code_id?: string
  access_code_ids?: string[]
  event_types?: string[]
  since?: number
  until?: number
  limit: number
}

/**
 * The sandbox's data: typed records in, typed records out. The SQL is in store-statements.ts,
 * the file and its durability in store-database.ts, the list endpoints' caches in
 * code-list-cache.ts.
 */
export class Store {
  readonly db: Database.Database
  private codeSeq: number
  private readonly statements: Statements
  private readonly codeLists: CodeListCache
  /**
   * A lower bound for the earliest `next_transition_at` (undefined: unknown, ask SQLite), so
   * the per-request simulator probe is a comparison. Writes can only lower it; anything that
   * may have raised the true minimum (a tick that drained, a rollback, a wipe) forgets it.
   */
  private earliestDue: number | undefined
  /** Device ids (devices are only ever added, or wiped), loaded on first use. */
  private deviceIds: Set<string> | undefined

  constructor(dataDir: string) {
    this.db = openSandboxDatabase(dataDir)
    this.statements = prepareStatements(this.db)
    this.codeLists = new CodeListCache(this.statements)
    this.codeSeq = (this.statements.maxSeq.get()?.m ?? 0) + 1
  }

  async close(): Promise<void> {
    this.db.close()
  }

  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)()
    } catch (err) {
      this.forgetCaches()
      throw err
    }
  }

  private forgetCaches(): void {
    this.codeLists.clear()
    this.earliestDue = undefined
    this.deviceIds = undefined
  }

  wipe(): void {
    this.forgetCaches()
    this.db.exec(
      'DELETE FROM meta; DELETE FROM devices; DELETE FROM access_codes; DELETE FROM events; DELETE FROM action_attempts;',
    )
    this.codeSeq = 1
  }

  getMeta(key: string): string | undefined {
    return this.statements.getMeta.get(key)?.value
  }

  setMeta(key: string, value: string): void {
    this.statements.setMeta.run(key, value)
  }

  // ---- devices
  putDevice(device: DeviceRecord, sim: DeviceSim, seq?: number): void {
    this.statements.putDevice.run({
      device_id: device.device_id,
      seq: seq ?? this.statements.deviceCount.get()!.n + 1,
      connected_account_id: device.connected_account_id ?? '',
      manufacturer: device.properties.manufacturer ?? '',
      device_type: device.device_type,
      data: asciiJson(device),
      sim: JSON.stringify(sim),
    })
    this.deviceIds?.add(device.device_id)
  }

  hasDevice(deviceId: string): boolean {
    this.deviceIds ??= new Set(this.statements.deviceIds.all().map((r) => r.device_id))
    return this.deviceIds.has(deviceId)
  }

  getDevice(deviceId: string): DeviceRow | undefined {
    const r = this.statements.getDevice.get(deviceId)
    return r && { device: JSON.parse(r.data) as DeviceRecord, sim: JSON.parse(r.sim) as DeviceSim }
  }

  allDevices(): DeviceRow[] {
    return this.statements.allDevices.all().map((r) => ({
      device: JSON.parse(r.data) as DeviceRecord,
      sim: JSON.parse(r.sim) as DeviceSim,
    }))
  }

  // ---- access codes
  putCode(row: CodeRow, next: number | null): void {
    const { code, sim } = row
    this.codeLists.invalidateCode(code.access_code_id, code.device_id)
    if (next !== null && this.earliestDue !== undefined && next < this.earliestDue)
      this.earliestDue = next
    this.statements.putCode.run({
      access_code_id: code.access_code_id,
      seq: this.codeSeq++,
      device_id: code.device_id,
      code: code.code,
      common_code_key: code.common_code_key,
      is_managed: code.is_managed ? 1 : 0,
      status: code.status,
      next: next,
      data: asciiJson(code),
      sim: JSON.stringify(sim),
    })
  }

  getCode(id: string): CodeRow | undefined {
    const r = this.statements.getCode.get(id)
    return r && toCodeRow(r)
  }

  deleteCode(id: string): void {
    this.codeLists.invalidateCode(id, undefined)
    const deleted = this.statements.deleteCode.get(id)
    if (deleted) this.codeLists.invalidateDevice(deleted.device_id)
  }

  /** Stored JSON (UTF-8 bytes) of a device's managed or unmanaged codes in creation order. */
  codesJsonByDevice(deviceId: string, managed: boolean, limit: number): Buffer[] {
    return this.codeLists.codesJsonByDevice(deviceId, managed, limit)
  }

  /** Fill the list caches from one scan (see CodeListCache.warm). */
  warmCodeCache(): void {
    this.codeLists.warm()
  }

  /** Managed codes among `ids` (unknown ids are simply absent), in creation order. */
  codesJsonByIds(ids: string[], deviceId: string | undefined, limit: number): Buffer[] {
    return this.codeLists.codesJsonByIds(ids, deviceId, limit)
  }

  codeRowsByDevice(deviceId: string): CodeRow[] {
    return this.statements.codeRowsByDevice.all(deviceId).map(toCodeRow)
  }

  codeOnDevice(deviceId: string, code: string): CodeRow | undefined {
    const r = this.statements.codeOnDevice.get(deviceId, code)
    return r && toCodeRow(r)
  }

  codesByCommonKey(key: string): CodeRow[] {
    return this.statements.codesByCommonKey.all(key).map(toCodeRow)
  }

  /** Whether some code may be due at `now` (never a false negative; usually no SQL at all). */
  anyDue(now: number): boolean {
    this.earliestDue ??= this.statements.earliestDue.get()?.m ?? Infinity
    return this.earliestDue <= now
  }

  nextDue(now: number): (CodeRow & { at: number }) | undefined {
    const r = this.statements.nextDue.get(now)
    // Drained: the earliest transition is now later than our bound; look it up again next time.
    if (!r) this.earliestDue = undefined
    return r && { ...toCodeRow(r), at: r.next_transition_at }
  }

  codeCount(): number {
    return this.statements.codeCount.get()!.n
  }

  // ---- events
  insertEvent(event: SeamEventRecord, occurredAt: number): void {
    this.statements.insertEvent.run({
      event_id: event.event_id,
      event_type: event.event_type,
      device_id: event.device_id ?? null,
      access_code_id: event.access_code_id ?? null,
      occurred_at: occurredAt,
      data: asciiJson(event),
    })
  }

  listEventsJson(q: EventQuery): string[] {
    const where: string[] = []
    const params: (string | number)[] = []
    const add = (clause: string, value: string | number | string[] | undefined) => {
      if (value === undefined) return
      where.push(clause)
      params.push(Array.isArray(value) ? JSON.stringify(value) : value)
    }
    add('device_id = ?', q.device_id)
    add('device_id IN (SELECT value FROM json_each(?))', q.device_ids)
    add('access_code_id = ?', q.access_code_id)
    add('access_code_id IN (SELECT value FROM json_each(?))', q.access_code_ids)
    add('event_type IN (SELECT value FROM json_each(?))', q.event_types)
    add('occurred_at >= ?', q.since)
    add('occurred_at <= ?', q.until)
    const sql = `SELECT data FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY occurred_at DESC, seq DESC LIMIT ?`
    params.push(q.limit)
    return this.db
      .prepare<(string | number)[], { data: string }>(sql)
      .all(...params)
      .map((r) => r.data)
  }

  // ---- action attempts
  putActionAttempt(a: ActionAttemptRecord): void {
    this.statements.putAttempt.run(a.action_attempt_id, JSON.stringify(a))
  }

  getActionAttempt(id: string): ActionAttemptRecord | undefined {
    const r = this.statements.getAttempt.get(id)
    return r && (JSON.parse(r.data) as ActionAttemptRecord)
  }
}
