import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'

/**
 * The built-in sandbox's demo controls (`/api/_sandbox/*`, forwarded by the dashboard only when
 * the backend is the sandbox). Not Seam routes.
 */
export const sandboxKeys = {
  all: ['sandbox'] as const,
  clock: () => [...sandboxKeys.all, 'clock'] as const,
}

const clockResponse = z.looseObject({ now: z.string(), offset_ms: z.optional(z.number()) })
export type SandboxClock = z.infer<typeof clockResponse>

export const sandboxClockQueryOptions = () =>
  queryOptions({
    queryKey: sandboxKeys.clock(),
    queryFn: ({ signal }) => apiRequest('_sandbox/clock/get', {}, clockResponse, { signal }),
    staleTime: 0,
    // Simulated time moves with real time; keep the display roughly current while it is open.
    refetchInterval: 10_000,
  })

export const useSandboxClock = (enabled: boolean) =>
  useQuery({ ...sandboxClockQueryOptions(), enabled })

export const FAULT_KINDS = ['server_error', 'rate_limit', 'latency', 'drop'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export type FaultInput = {
  kind: FaultKind
  /** How many requests fail in a row. */
  count: number
  /** Only requests whose path starts with this, e.g. `/access_codes/`. */
  pathPrefix?: string | undefined
  latencyMs?: number | undefined
  retryAfterSeconds?: number | undefined
}

/** The `_sandbox/faults/inject` body for a fault kind. */
export function faultBody(input: FaultInput): Record<string, unknown> {
  const body: Record<string, unknown> = { count: input.count }
  if (input.pathPrefix) body['path_prefix'] = input.pathPrefix
  switch (input.kind) {
    case 'server_error':
      body['status'] = 500
      break
    case 'rate_limit':
      body['status'] = 429
      body['retry_after'] = input.retryAfterSeconds ?? 2
      break
    case 'latency':
      body['latency_ms'] = input.latencyMs ?? 5_000
      break
    case 'drop':
      body['drop'] = true
      break
  }
  return body
}

const okResponse = z.looseObject({})
const faultsResponse = z.looseObject({ faults: z._default(z.array(z.looseObject({})), []) })

export type SandboxAction =
  | { type: 'advance'; ms: number }
  | { type: 'set_online'; deviceId: string; online: boolean }
  | { type: 'inject_fault'; fault: FaultInput }
  | { type: 'clear_faults' }
  | { type: 'reset' }

export async function runSandboxAction(action: SandboxAction) {
  switch (action.type) {
    case 'advance':
      return apiRequest('_sandbox/clock/advance', { ms: action.ms }, clockResponse)
    case 'set_online':
      return apiRequest(
        '_sandbox/devices/set_online',
        { device_id: action.deviceId, online: action.online },
        okResponse,
      )
    case 'inject_fault':
      return apiRequest('_sandbox/faults/inject', faultBody(action.fault), faultsResponse)
    case 'clear_faults':
      return apiRequest('_sandbox/faults/clear', {}, faultsResponse)
    case 'reset':
      return apiRequest('_sandbox/reset', { seed: 'default' }, okResponse)
  }
}

/**
 * Runs a control action, then makes every view refetch so the UI shows its effect. Injecting a
 * fault is the exception: refetching would spend the fault at once instead of on the presenter's
 * next request.
 */
export function useSandboxAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: runSandboxAction,
    onSuccess: async (_data, action) => {
      if (action.type === 'inject_fault') return
      // Refetch rather than reset, even after a sandbox reset: resetting would also empty the
      // backend-info query this drawer's visibility depends on, and blank every page meanwhile.
      await queryClient.invalidateQueries()
    },
  })
}
