import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { notifyManager, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/api/api-error'
import type { AccessCode } from '@/api/schemas/access-code'
import {
  POLL_BASE_MS,
  codeSignature,
  failureDelay,
  inWindow,
  isTransitional,
  nextPollDelay,
  watchWindow,
  type WatchWindow,
} from '../lib/transitional'
import { accessCodeKeys } from './access-code-keys'
import { removeAccessCodes, upsertAccessCodes } from './access-code-cache'
import { listAccessCodesByIds } from './list-access-codes'

/** Its own root, so invalidating access codes never triggers an extra poll. */
export const accessCodePollKey = ['access-code-poll'] as const

export type PollFailure = { message: string; requestId: string | undefined; type: string }

/** What the last tick did; kept as the poll query's data so any view can show it. */
export type PollState = {
  /** When the server last answered a poll (ms since epoch), or null before the first answer. */
  lastSuccessAt: number | null
  /** How many codes the last tick asked about. */
  watched: number
  /** Set while polls are failing; cleared by the next successful one. */
  failure: PollFailure | null
  consecutiveFailures: number
  /** The interval before the next tick. */
  delayMs: number
}

const initialState: PollState = {
  lastSuccessAt: null,
  watched: 0,
  failure: null,
  consecutiveFailures: 0,
  delayMs: POLL_BASE_MS,
}

// Per cached list (lists are replaced, never mutated): its codes that can ever be transitional,
// and which of them are, valid for `now` in [from, until) (until the next window edge of any of
// them). A cache change then costs a scan of the one list that changed; while 250 lock lists
// arrive and each arrival recounts every list, the others answer from here.
type ListWatch = {
  candidates: { code: AccessCode; window: WatchWindow }[]
  from: number
  until: number
  codes: AccessCode[]
}
const watchByList = new WeakMap<readonly AccessCode[], ListWatch>()
function listTransitional(list: readonly AccessCode[], now: number): AccessCode[] {
  let watch = watchByList.get(list)
  if (watch && watch.from <= now && now < watch.until) return watch.codes
  if (!watch) {
    const candidates: ListWatch['candidates'] = []
    for (const code of list) {
      const window = watchWindow(code)
      if (window) candidates.push({ code, window })
    }
    watch = { candidates, from: -Infinity, until: Infinity, codes: [] }
    watchByList.set(list, watch)
  }
  let from = -Infinity
  let until = Infinity
  const codes: AccessCode[] = []
  for (const { code, window } of watch.candidates) {
    for (const edge of window) {
      if (edge <= now) from = Math.max(from, edge)
      else until = Math.min(until, edge)
    }
    if (inWindow(window, now)) codes.push(code)
  }
  Object.assign(watch, { from, until, codes })
  return codes
}

/** Every cached code that may change on its own soon. */
export function transitionalCodes(queryClient: QueryClient, now = Date.now()): AccessCode[] {
  const byId = new Map<string, AccessCode>()
  for (const [, list] of queryClient.getQueriesData<AccessCode[]>({
    queryKey: accessCodeKeys.byDevices(),
  })) {
    if (!list) continue
    for (const code of listTransitional(list, now)) byId.set(code.access_code_id, code)
  }
  // A detail entry is written with (or after) the lists, so its copy of a code wins.
  for (const [, code] of queryClient.getQueriesData<AccessCode>({
    queryKey: accessCodeKeys.details(),
  })) {
    if (!code) continue
    if (isTransitional(code, now)) byId.set(code.access_code_id, code)
    else byId.delete(code.access_code_id)
  }
  return [...byId.values()]
}

/** The copy of `code` the cache holds now (the detail entry's, else its lock list's). */
function currentCopy(queryClient: QueryClient, code: AccessCode): AccessCode | undefined {
  const id = code.access_code_id
  return (
    queryClient.getQueryData<AccessCode>(accessCodeKeys.detail(id)) ??
    queryClient
      .getQueryData<AccessCode[]>(accessCodeKeys.byDevice(code.device_id))
      ?.find((code) => code.access_code_id === id)
  )
}

/**
 * One tick: a single `access_codes/list { access_code_ids }` (chunked only past Seam's 1000-id
 * limit) for every transitional code in the cache, whatever page shows it. Fresh copies are
 * written back through the cache helpers, so every table and detail view updates at once; codes
 * Seam no longer lists are gone (removed from the lock) and are dropped. A failure does not throw:
 * it is recorded so the UI can say live updates are paused, and polling keeps trying.
 */
export async function pollOnce(queryClient: QueryClient, signal?: AbortSignal): Promise<PollState> {
  const previous = queryClient.getQueryData<PollState>(accessCodePollKey) ?? initialState
  const watched = transitionalCodes(queryClient)
  if (watched.length === 0) return { ...previous, watched: 0, delayMs: POLL_BASE_MS }
  const before = new Map(watched.map((code) => [code.access_code_id, code]))
  try {
    const fresh = await listAccessCodesByIds([...before.keys()], signal)
    // A code changed locally while the request was in flight (e.g. just deleted): keep the newer
    // local copy; the next tick will read the server again.
    const unchangedLocally = (id: string) => {
      const old = before.get(id)
      return old !== undefined && currentCopy(queryClient, old) === old
    }
    const freshIds = new Set(fresh.map((code) => code.access_code_id))
    const changed = fresh.filter((code) => {
      const old = before.get(code.access_code_id)
      return (
        !old ||
        (unchangedLocally(code.access_code_id) && codeSignature(old) !== codeSignature(code))
      )
    })
    const gone = watched.filter(
      (code) => !freshIds.has(code.access_code_id) && unchangedLocally(code.access_code_id),
    )
    // One batch: observers (and React) hear about all of this tick's writes together.
    notifyManager.batch(() => {
      upsertAccessCodes(queryClient, changed, { onlyExistingDetails: true })
      removeAccessCodes(queryClient, gone)
    })
    const anyChange = changed.length > 0 || gone.length > 0
    return {
      lastSuccessAt: Date.now(),
      watched: watched.length,
      failure: null,
      consecutiveFailures: 0,
      delayMs: previous.failure ? POLL_BASE_MS : nextPollDelay(previous.delayMs, anyChange),
    }
  } catch (error) {
    if (signal?.aborted) throw error
    const failures = previous.consecutiveFailures + 1
    return {
      ...previous,
      watched: watched.length,
      failure: {
        message: error instanceof Error ? error.message : 'The server did not answer',
        requestId: isApiError(error) ? error.requestId : undefined,
        type: isApiError(error) ? error.type : 'unknown_error',
      },
      consecutiveFailures: failures,
      delayMs: failureDelay(failures, isApiError(error) ? error.retryAfterMs : undefined),
    }
  }
}

function subscribeToAccessCodes(queryClient: QueryClient, onChange: () => void): () => void {
  const root = accessCodeKeys.all[0]
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryKey[0] !== root) return
    if (
      event.type === 'added' ||
      event.type === 'removed' ||
      (event.type === 'updated' && event.action.type === 'success')
    )
      onChange()
  })
}

/** How many cached codes are transitional right now; re-checked as the cache and the clock move. */
export function useTransitionalCount(): number {
  const queryClient = useQueryClient()
  // The count is scanned from every cached code (10,000 in a large workspace), so it is
  // computed once per cache change, not on every render that reads the snapshot.
  const cached = useRef<number | null>(null)
  // Time alone can make an unset code transitional (its start draws near): re-check every 15 s.
  const [, setClock] = useState(0)
  useEffect(() => {
    const id = window.setInterval(() => {
      cached.current = null
      setClock((n) => n + 1)
    }, 15_000)
    return () => window.clearInterval(id)
  }, [])
  // A poll or a batch of arrivals writes hundreds of entries in one go: recount once after them,
  // not once per entry (React reads the snapshot on every notification).
  const subscribe = useCallback(
    (onChange: () => void) => {
      let pending = false
      const unsubscribe = subscribeToAccessCodes(queryClient, () => {
        cached.current = null
        if (pending) return
        pending = true
        queueMicrotask(() => {
          pending = false
          onChange()
        })
      })
      return unsubscribe
    },
    [queryClient],
  )
  const getSnapshot = useCallback(
    () => (cached.current ??= transitionalCodes(queryClient).length),
    [queryClient],
  )
  // A server render (server/dashboard/ssr) reads the same cache.
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}

const subscribeToVisibility = (onChange: () => void) => {
  document.addEventListener('visibilitychange', onChange)
  return () => document.removeEventListener('visibilitychange', onChange)
}

/** False while the tab is hidden. */
export function useDocumentVisible(): boolean {
  return useSyncExternalStore(
    subscribeToVisibility,
    () => document.visibilityState !== 'hidden',
    () => true,
  )
}

/**
 * Keeps every transitional code in the cache fresh. Mount ONCE for the whole app: ticks about
 * every 2 s, backing off ×1.5 to 15 s while nothing changes and snapping back on a change;
 * no request when nothing is transitional; nothing while the tab is hidden.
 */
export function useAccessCodePoller(): void {
  const queryClient = useQueryClient()
  const transitional = useTransitionalCount()
  const visible = useDocumentVisible()
  const active = transitional > 0 && visible
  // The client is the cache this query reads, not an input that distinguishes results.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  useQuery({
    queryKey: accessCodePollKey,
    queryFn: ({ signal }) => pollOnce(queryClient, signal),
    enabled: active,
    refetchInterval: (query) => (active ? (query.state.data?.delayMs ?? POLL_BASE_MS) : false),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: false,
    retry: false,
    staleTime: 0,
    gcTime: Infinity,
  })
}

function subscribeToPoll(queryClient: QueryClient, onChange: () => void): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryKey[0] === accessCodePollKey[0]) onChange()
  })
}

/** The last tick's outcome, for the "updated N s ago" indicator and the paused-updates banner. */
export function usePollState(): PollState | undefined {
  const queryClient = useQueryClient()
  const subscribe = useCallback(
    (onChange: () => void) => subscribeToPoll(queryClient, onChange),
    [queryClient],
  )
  const read = () => queryClient.getQueryData<PollState>(accessCodePollKey)
  return useSyncExternalStore(subscribe, read, read)
}
