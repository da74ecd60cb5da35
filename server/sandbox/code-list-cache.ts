import type { RawCachedCode, Statements } from './store-statements'

/** A code's stored JSON as UTF-8 bytes, so list responses are one copy into the response buffer. */
interface CachedCode {
  seq: number
  deviceId: string
  managed: boolean
  json: Buffer
  /** The last codesJsonByIds call that saw this entry (dedupes ids without a Set per call). */
  seen: number
}

const toCached = (r: RawCachedCode): CachedCode => ({
  seq: r.seq,
  deviceId: r.device_id,
  managed: r.is_managed === 1,
  json: r.json,
  seen: 0,
})

const MAX_MISSING_CODES = 100_000

/**
 * Read-through caches for the list endpoints (the hot paths): code JSON by id, and each
 * device's managed codes in creation order. The store drops a code and its device's list before
 * every write to the code, and clears everything on a failed transaction and a wipe, so they
 * never hold data that is not committed (or about to be, inside the running transaction).
 */
export class CodeListCache {
  private readonly byId = new Map<string, CachedCode>()
  private readonly byDevice = new Map<string, CachedCode[]>()
  /**
   * Ids asked for that do not exist (pollers keep asking for codes that were deleted), so each
   * costs a lookup once, not per request; only a write can create one. Bounded: any id fits.
   */
  private readonly missing = new Set<string>()
  private lookups = 0

  constructor(private readonly statements: Statements) {}

  clear(): void {
    this.byId.clear()
    this.missing.clear()
    this.byDevice.clear()
  }

  /** Drop what a write to this code makes stale (before the write, so a rollback cannot skip it). */
  invalidateCode(id: string, deviceId: string | undefined): void {
    this.missing.delete(id)
    const cached = this.byId.get(id)
    if (cached) {
      this.byId.delete(id)
      this.byDevice.delete(cached.deviceId)
    }
    if (deviceId !== undefined) this.byDevice.delete(deviceId)
  }

  invalidateDevice(deviceId: string): void {
    this.byDevice.delete(deviceId)
  }

  /**
   * Stored JSON (UTF-8 bytes) of a device's managed or unmanaged codes in creation order, so
   * list responses skip a parse/serialise round trip. Managed lists are cached per device.
   */
  codesJsonByDevice(deviceId: string, managed: boolean, limit: number): Buffer[] {
    let entries = managed ? this.byDevice.get(deviceId) : undefined
    if (!entries) {
      entries = this.statements.codesByDevice.all(deviceId, managed ? 1 : 0).map((r) => {
        const cached = this.byId.get(r.access_code_id)
        if (cached) return cached
        const entry = toCached(r)
        this.byId.set(r.access_code_id, entry)
        return entry
      })
      if (managed) this.byDevice.set(deviceId, entries)
    }
    const n = Math.min(limit, entries.length)
    const out = new Array<Buffer>(n)
    for (let i = 0; i < n; i++) out[i] = entries[i]!.json
    return out
  }

  /**
   * Fill the caches from one scan, so the first requests after a start (or a reset) do not each
   * pay a SQLite lookup per code: on the large seed the first 50 by-ids lists took ~150 ms each
   * when cold. Reads committed rows, like the lazy paths, so the caches stay coherent.
   */
  warm(): void {
    const managedByDevice = new Map<string, CachedCode[]>()
    for (const r of this.statements.allCachedCodes.iterate()) {
      const entry = this.byId.get(r.access_code_id) ?? toCached(r)
      this.byId.set(r.access_code_id, entry)
      if (!entry.managed) continue
      const list = managedByDevice.get(entry.deviceId)
      if (list) list.push(entry)
      else managedByDevice.set(entry.deviceId, [entry])
    }
    for (const [deviceId, list] of managedByDevice)
      if (!this.byDevice.has(deviceId)) this.byDevice.set(deviceId, list)
  }

  /** Managed codes among `ids` (unknown ids are simply absent), in creation order. */
  codesJsonByIds(ids: string[], deviceId: string | undefined, limit: number): Buffer[] {
    const found: CachedCode[] = []
    const lookup = ++this.lookups
    for (const id of ids) {
      let entry = this.byId.get(id)
      if (!entry) {
        if (this.missing.has(id)) continue
        const r = this.statements.cachedCode.get(id)
        if (!r) {
          if (this.missing.size >= MAX_MISSING_CODES) this.missing.clear()
          this.missing.add(id)
          continue
        }
        entry = toCached(r)
        this.byId.set(id, entry)
      }
      if (entry.seen === lookup) continue
      entry.seen = lookup
      if (entry.managed && (deviceId === undefined || entry.deviceId === deviceId))
        found.push(entry)
    }
    return found
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit)
      .map((e) => e.json)
  }
}
