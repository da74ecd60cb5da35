import { queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { ApiError } from '@/api/api-error'
import { API_BASE } from '@/api/client'
import { workspaceKeys } from './get-workspace'

/** What the dashboard server says about itself: which backend it forwards to. Not a Seam route. */
export const backendInfoSchema = z.object({
  ok: z.literal(true),
  backend: z.object({ mode: z.enum(['sandbox', 'live']) }),
  auth: z.object({ enabled: z.boolean() }),
})
export type BackendInfo = z.infer<typeof backendInfoSchema>

export const backendInfoQueryOptions = () =>
  queryOptions({
    queryKey: workspaceKeys.backend(),
    queryFn: async ({ signal }): Promise<BackendInfo> => {
      const response = await fetch(`${API_BASE}/_doorman/info`, { signal })
      const parsed = backendInfoSchema.safeParse(await response.json().catch(() => null))
      if (!response.ok || !parsed.success) {
        throw new ApiError({
          type: 'invalid_response',
          kind: 'invalid_response',
          status: response.status,
          message: 'Could not read the dashboard configuration',
        })
      }
      return parsed.data
    },
    staleTime: Infinity,
  })

export const useBackendInfo = () => useQuery(backendInfoQueryOptions())
/** True when the backend is the built-in sandbox (demo controls are shown only then). */
export const useIsSandbox = () => useBackendInfo().data?.backend.mode === 'sandbox'
