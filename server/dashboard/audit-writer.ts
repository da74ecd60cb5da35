import type { Context } from 'hono'
import type { AuditEntry, AuditLog } from '../accounts/audit-log'
import { clientAddress } from './client-address'
import type { Actor } from './actor'

export type AuditFacts = Omit<AuditEntry, 'at' | 'actorEmail' | 'actorRole' | 'clientAddress'>
export type RecordAudit = (c: Context, actor: Actor, facts: AuditFacts) => Promise<void>

/**
 * The one writer every audited route calls: it adds who, when and from where, so a new route
 * cannot forget them. A failed write throws: the caller decides whether the action may stand
 * without its record (a PIN is not revealed without one).
 */
export function auditWriter(
  audit: AuditLog,
  options: { trustProxy: boolean; now?: () => number },
): RecordAudit {
  const now = options.now ?? Date.now
  return (c, actor, facts) =>
    audit.append({
      ...facts,
      at: now(),
      actorEmail: actor.email,
      actorRole: actor.role,
      clientAddress: clientAddress(c, options.trustProxy),
    })
}
