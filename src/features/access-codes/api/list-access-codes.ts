import { queryOptions, useQuery } from '@tanstack/react-query'
import pLimit from 'p-limit'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { accessCodeSchema, type AccessCode } from '@/api/schemas/access-code'
import { accessCodeKeys } from './access-code-keys'
import { afterNextPaint } from '@/lib/after-next-paint'
import { batchDeviceLists } from './batch-device-lists'
import { listAccessCodesForDevices } from './list-many-access-codes'

const listAccessCodesResponse = z.object({ access_codes: z.array(accessCodeSchema) })

/** Seam accepts at most this many ids in one `access_codes/list { access_code_ids }` call. */
export const MAX_IDS_PER_LIST = 1000

/**
 * Every lock-list request in the app goes through this one limiter: never more than 6 in flight
 * (a browser's connections to one origin over HTTP/1.1), however many views ask at once.
 */
export const deviceListLimiter = pLimit(6)

/**
 * Locks per `_doorman/access_codes/list_many` request, in order (the last repeats). The first is
 * small so the first rows are on screen once a few locks have answered. The rest are 20 locks
 * (~800 codes on the large seed) so that one answer's parse and render stay a short task: with
 * 40 and 100, a month on a property page and scrolling the workspace table each had tasks over
 * their budgets (bench sections 6 and 2), and every lock answered no sooner. 250 locks are 13
 * requests, six at a time (the server's cap is LIST_MANY_MAX_DEVICES).
 */
export const LIST_MANY_SIZES = [10, 20] as const

/**
 * `access_codes/list { device_id }`: every managed code on one lock. Only that lock's codes are
 * kept: Seam's fake answers with every lock's codes, which would list each code under every lock
 * (the workspace view is the union of the per-lock lists).
 */
export async function listAccessCodesForDevice(
  deviceId: string,
  signal?: AbortSignal,
): Promise<AccessCode[]> {
  const response = await apiRequest(
    'access_codes/list',
    { device_id: deviceId },
    listAccessCodesResponse,
    { signal },
  )
  return response.access_codes.filter((code) => code.device_id === deviceId)
}

/**
 * `access_codes/list { access_code_ids }`: the current state of specific codes, in as few requests
 * as Seam allows (one per {@link MAX_IDS_PER_LIST} ids). Codes that no longer exist are simply
 * absent from the result.
 */
export async function listAccessCodesByIds(
  accessCodeIds: readonly string[],
  signal?: AbortSignal,
): Promise<AccessCode[]> {
  const chunks: string[][] = []
  for (let i = 0; i < accessCodeIds.length; i += MAX_IDS_PER_LIST) {
    chunks.push(accessCodeIds.slice(i, i + MAX_IDS_PER_LIST))
  }
  const results = await Promise.all(
    chunks.map((ids) =>
      apiRequest('access_codes/list', { access_code_ids: ids }, listAccessCodesResponse, {
        signal,
      }),
    ),
  )
  return results.flatMap((r) => r.access_codes)
}

/**
 * One lock's codes, for its query. Seam has no workspace-wide list, so each lock is its own query
 * (and cache entry); locks asked for together (the workspace and devices pages) go out in
 * `list_many` requests, a lone lock (its page) as `access_codes/list { device_id }`.
 */
export const loadDeviceAccessCodes = batchDeviceLists<AccessCode[]>({
  one: listAccessCodesForDevice,
  many: listAccessCodesForDevices,
  requestSizes: LIST_MANY_SIZES,
  schedule: deviceListLimiter,
  beforeTheRest: afterNextPaint,
})

export const deviceAccessCodesQueryOptions = (deviceId: string) =>
  queryOptions({
    queryKey: accessCodeKeys.byDevice(deviceId),
    queryFn: ({ signal }) => loadDeviceAccessCodes(deviceId, signal),
    staleTime: 15_000,
  })

/**
 * How many codes a lock page paints before the whole list is in. A lock with thousands of codes
 * answers in megabytes; this many are on screen from one small answer while the rest arrive.
 * Also in the page shell's early requests (server/dashboard/page-hints.ts): keep them equal.
 */
export const FIRST_PAGE_SIZE = 50

/** A lock's first {@link FIRST_PAGE_SIZE} codes, asked beside its whole list. */
export const deviceAccessCodesFirstPageQueryOptions = (deviceId: string) =>
  queryOptions({
    queryKey: accessCodeKeys.firstPage(deviceId),
    queryFn: ({ signal }) =>
      apiRequest(
        'access_codes/list',
        { device_id: deviceId, limit: FIRST_PAGE_SIZE },
        listAccessCodesResponse,
        { signal },
      ).then((r) => r.access_codes.filter((c) => c.device_id === deviceId)),
    // A bridge for the first load only: once the whole list is cached it is never shown again.
    staleTime: Infinity,
    gcTime: 30_000,
    retry: false,
  })

/** The codes on one device (its detail page). */
export const useDeviceAccessCodes = (deviceId: string) =>
  useQuery(deviceAccessCodesQueryOptions(deviceId))
