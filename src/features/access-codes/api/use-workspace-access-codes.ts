import { useDeferredValue, useMemo, useState } from 'react'
import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { AccessCode } from '@/api/schemas/access-code'
import { deviceAccessCodesQueryOptions } from './list-access-codes'

/** A device whose codes could not be loaded; the rest of the table is unaffected. */
export type DeviceLoadFailure = {
  deviceId: string
  error: unknown
  /** True while a retry for this device is in flight. */
  retrying: boolean
  retry: () => void
}

export type WorkspaceAccessCodes = {
  /** Every code loaded so far, across all devices that have answered. */
  codes: AccessCode[]
  totalDevices: number
  /** Devices whose list has arrived (successfully, at least once). */
  loadedDevices: number
  failures: DeviceLoadFailure[]
  /** Nothing has arrived yet. */
  isPending: boolean
  /** Some devices are still loading. */
  isLoadingMore: boolean
  /** When the most recent device list arrived (ms since epoch), 0 if none has. */
  dataUpdatedAt: number
}

type CombinedLists = Omit<WorkspaceAccessCodes, 'codes'> & {
  /** Per device, its list (undefined until it arrives). */
  lists: (readonly AccessCode[] | undefined)[]
}

/**
 * `observed[i]` is the index in `deviceIds` of `results[i]`; the devices not observed yet (see
 * useWorkspaceAccessCodes) count as still loading, with no list.
 */
function combineResults(
  deviceIds: readonly string[],
  observed: readonly number[],
  results: UseQueryResult<AccessCode[]>[],
): CombinedLists {
  const lists: (readonly AccessCode[] | undefined)[] = new Array<undefined>(deviceIds.length)
  const failures: DeviceLoadFailure[] = []
  let loadedDevices = 0
  let dataUpdatedAt = 0
  results.forEach((result, i) => {
    const at = observed[i]!
    lists[at] = result.data
    if (result.data) {
      loadedDevices += 1
      dataUpdatedAt = Math.max(dataUpdatedAt, result.dataUpdatedAt)
    }
    // A device that failed to load shows as an error even if an older list is still on screen.
    if (result.isError) {
      failures.push({
        deviceId: deviceIds[at]!,
        error: result.error,
        retrying: result.isFetching,
        retry: () => void result.refetch(),
      })
    }
  })
  const settled = results.filter((r) => r.data !== undefined || r.isError).length
  return {
    lists,
    totalDevices: deviceIds.length,
    loadedDevices,
    failures,
    isPending: deviceIds.length > 0 && settled === 0,
    isLoadingMore: settled < deviceIds.length,
    dataUpdatedAt,
  }
}

/**
 * Every code in the workspace: one `access_codes/list { device_id }` per device, at most 6 in
 * flight (the shared limiter inside the query function), rows appearing as each device answers.
 * Each device is its own cache entry, which is what the poller and the device page also read.
 * The device ids come from the caller (the route owns the devices query).
 */
export function useWorkspaceAccessCodes(deviceIds: readonly string[]): WorkspaceAccessCodes {
  const queryClient = useQueryClient()
  // The first render observes only the locks whose lists are in the cache already (a page the
  // server drew brings the first locks'); the rest join in a render of their own right after
  // the first commit. On /access-codes 250 observers (and 240 new queries) took ~20-30 ms of
  // the render that draws the first rows, for locks that have nothing to show yet; their
  // requests start from that second commit instead, and the first of them waits for the
  // first rows' paint anyway (batchDeviceLists).
  const observeAll = useDeferredValue(true, false)
  const observed = useMemo(
    () =>
      deviceIds.flatMap((deviceId, i) =>
        observeAll ||
        queryClient.getQueryData(deviceAccessCodesQueryOptions(deviceId).queryKey) !== undefined
          ? [i]
          : [],
      ),
    [deviceIds, observeAll, queryClient],
  )
  const [listsCache] = useState(createListsCache)
  const combine = useMemo(
    () => createCombine(deviceIds, observed, listsCache),
    [deviceIds, observed, listsCache],
  )
  return useQueries({
    queries: observed.map((i) => ({
      ...deviceAccessCodesQueryOptions(deviceIds[i]!),
      notifyOnChangeProps: COMBINED_PROPS,
    })),
    combine,
  }).value
}

/**
 * The result fields `combineResults` reads. Named, so useQueries hands `combine` plain results:
 * without it each notification wraps all 250 results in tracking proxies again, and a poll tick
 * that writes 200 lock lists did that 200 times (a 50-60 ms task in the middle of a scroll).
 */
const COMBINED_PROPS = [
  'data',
  'dataUpdatedAt',
  'error',
  'isError',
  'isFetching',
] as const satisfies (keyof UseQueryResult)[]

// "No codes" keeps one identity: the page throttles table rebuilds on changes of identity, and a
// fresh empty array each time a lock started fetching used up the first slot, so the first
// lock's codes waited up to 400 ms for the next one.
const noCodes: AccessCode[] = []

/**
 * The flat list of codes, rebuilt only when some device's list changed (by reference), and only
 * when read: a poll updates dozens of lists one after another, each re-running the combine. One
 * per hook, kept when the combine changes, so the codes keep their identity when the locks not
 * observed at first join (their lists are undefined before and after).
 */
function createListsCache() {
  let lastLists: readonly (readonly AccessCode[] | undefined)[] = []
  let lastCodes: AccessCode[] | null = noCodes
  const flatten = () => {
    const flat = lastLists.flatMap((list) => list ?? [])
    return flat.length === 0 ? noCodes : flat
  }
  return {
    update(lists: readonly (readonly AccessCode[] | undefined)[]) {
      if (lists.length !== lastLists.length || lists.some((list, i) => list !== lastLists[i])) {
        lastLists = lists
        lastCodes = null
      }
    },
    codes: () => (lastCodes ??= flatten()),
  }
}

function createCombine(
  deviceIds: readonly string[],
  observed: readonly number[],
  cache: ReturnType<typeof createListsCache>,
) {
  return (results: UseQueryResult<AccessCode[]>[]) => {
    const { lists, ...rest } = combineResults(deviceIds, observed, results)
    cache.update(lists)
    return new Combined(rest, cache.codes)
  }
}

/**
 * React Query deep-compares each combined result with the previous one (structural sharing),
 * which over 10,000 codes cost seconds while 250 lists kept changing. It leaves anything but
 * plain objects alone, so the result travels in this box; `combine` keeps `codes` stable itself.
 */
class Combined {
  #value: WorkspaceAccessCodes | undefined
  constructor(
    private readonly rest: Omit<WorkspaceAccessCodes, 'codes'>,
    private readonly codes: () => AccessCode[],
  ) {}
  get value(): WorkspaceAccessCodes {
    return (this.#value ??= { ...this.rest, codes: this.codes() })
  }
}
