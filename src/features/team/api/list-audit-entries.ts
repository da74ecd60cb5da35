import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import type { AuditSearch } from '../audit-search'
import { auditListFilters, type AuditListFilters } from '../lib/audit-filters'

/** One audit log entry as `POST /api/_doorman/audit/list` returns it. */
export const auditEntrySchema = z.looseObject({
  id: z.string(),
  at: z.string(),
  actor_email: z.string(),
  actor_role: z.string(),
  action: z.string(),
  device_id: z.nullable(z.string()),
  device_name: z.nullable(z.string()),
  access_code_id: z.nullable(z.string()),
  access_code_name: z.nullable(z.string()),
  request_id: z.nullable(z.string()),
  /** `ok`, or the error type (`forbidden`, `invalid_credentials`, Seam's error types…). */
  result: z.string(),
  client_address: z.nullable(z.string()),
  /** What changed: `{before, after}` for an update, `{after}` for a create, facts otherwise. */
  details: z.nullable(z.record(z.string(), z.unknown())),
})
export type AuditEntry = z.infer<typeof auditEntrySchema>

const auditListResponse = z.object({ entries: z.array(auditEntrySchema) })

/** Entries per request; "Load older" asks for the next this many before the last one shown. */
export const AUDIT_PAGE_SIZE = 200

export type AuditListBody = AuditListFilters & { before?: string; limit?: number }

/** `POST /api/_doorman/audit/list`: newest first. */
export async function listAuditEntries(
  body: AuditListBody,
  signal?: AbortSignal,
): Promise<AuditEntry[]> {
  const response = await apiRequest('_doorman/audit/list', body, auditListResponse, { signal })
  return response.entries
}

/** The cursor for the page after `page`: its oldest entry, when the page was full. */
export const nextAuditCursor = (page: readonly AuditEntry[], pageSize = AUDIT_PAGE_SIZE) =>
  page.length >= pageSize ? page.at(-1)?.id : undefined

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (search: AuditSearch) =>
    [
      ...auditKeys.lists(),
      {
        actor: search.actor?.toLowerCase() ?? null,
        action: search.action ?? null,
        device_id: search.device_id ?? null,
        access_code_id: search.access_code_id ?? null,
        range: search.range,
        from: search.range === 'custom' ? (search.from ?? null) : null,
        to: search.range === 'custom' ? (search.to ?? null) : null,
      },
    ] as const,
}

export const auditEntriesQueryOptions = (search: AuditSearch) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(search),
    queryFn: ({ pageParam, signal }) =>
      listAuditEntries(
        {
          ...auditListFilters(search, Date.now()),
          ...(pageParam ? { before: pageParam } : {}),
          limit: AUDIT_PAGE_SIZE,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => nextAuditCursor(lastPage),
    staleTime: 5_000,
  })

export const useAuditEntries = (search: AuditSearch, options: { enabled: boolean }) =>
  useInfiniteQuery({ ...auditEntriesQueryOptions(search), enabled: options.enabled })
