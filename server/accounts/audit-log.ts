import type { Kysely } from 'kysely'
import type { Tables } from '../store/tables'

export type AuditEntry = {
  at: number
  actorEmail: string
  actorRole: string
  action: string
  deviceId?: string | null | undefined
  deviceName?: string | null | undefined
  accessCodeId?: string | null | undefined
  accessCodeName?: string | null | undefined
  requestId?: string | null | undefined
  result: string
  clientAddress?: string | null | undefined
  details?: Record<string, unknown> | undefined
}

export type StoredAuditEntry = AuditEntry & { id: string }

export type AuditFilter = {
  actor?: string | undefined
  action?: string | undefined
  deviceId?: string | undefined
  accessCodeId?: string | undefined
  since?: number | undefined
  until?: number | undefined
  /** Entries older than this id (the last one of the previous page). */
  before?: string | undefined
  limit?: number | undefined
}

/** An entry under the names the audit_log table and the API answer use, absent fields as null. */
export function snakeCaseEntry(entry: AuditEntry) {
  return {
    at: entry.at,
    actor_email: entry.actorEmail,
    actor_role: entry.actorRole,
    action: entry.action,
    device_id: entry.deviceId ?? null,
    device_name: entry.deviceName ?? null,
    access_code_id: entry.accessCodeId ?? null,
    access_code_name: entry.accessCodeName ?? null,
    request_id: entry.requestId ?? null,
    result: entry.result,
    client_address: entry.clientAddress ?? null,
    details: entry.details ?? null,
  }
}

/**
 * The append-only audit log: `append` and `list` are its whole interface. Nothing in the code
 * updates or deletes an entry (the database refuses an UPDATE too); `prune` exists only for a
 * configured retention and is not reachable from any route.
 */
export class AuditLog {
  constructor(private readonly db: Kysely<Tables>) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        ...snakeCaseEntry(entry),
        details: entry.details ? JSON.stringify(entry.details) : null,
      })
      .execute()
  }

  /** Newest first. */
  async list(filter: AuditFilter = {}): Promise<StoredAuditEntry[]> {
    let query = this.db.selectFrom('audit_log').selectAll()
    if (filter.actor) query = query.where('actor_email', '=', filter.actor.toLowerCase())
    if (filter.action) query = query.where('action', '=', filter.action)
    if (filter.deviceId) query = query.where('device_id', '=', filter.deviceId)
    if (filter.accessCodeId) query = query.where('access_code_id', '=', filter.accessCodeId)
    if (filter.since !== undefined) query = query.where('at', '>=', filter.since)
    if (filter.until !== undefined) query = query.where('at', '<', filter.until)
    if (filter.before) query = query.where('id', '<', Number(filter.before))
    const rows = await query
      .orderBy('id', 'desc')
      .limit(Math.min(filter.limit ?? 500, 5000))
      .execute()
    return rows.map((row) => ({
      id: String(row.id),
      at: Number(row.at),
      actorEmail: row.actor_email,
      actorRole: row.actor_role,
      action: row.action,
      deviceId: row.device_id,
      deviceName: row.device_name,
      accessCodeId: row.access_code_id,
      accessCodeName: row.access_code_name,
      requestId: row.request_id,
      result: row.result,
      clientAddress: row.client_address,
      details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : undefined,
    }))
  }

  /** Drops entries older than `olderThan` (epoch ms): only for DOORMAN_AUDIT_RETENTION_DAYS. */
  async prune(olderThan: number): Promise<number> {
    const result = await this.db
      .deleteFrom('audit_log')
      .where('at', '<', olderThan)
      .executeTakeFirst()
    return Number(result.numDeletedRows)
  }
}
