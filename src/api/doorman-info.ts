import { queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { ApiError } from './api-error'
import { API_BASE } from './client'
import { takeEarlyResponse } from './early-requests'
import { sendApiRequest } from './transport'
import { can, PERMISSIONS, ROLES, type Permission } from '@/lib/permissions'

/**
 * What the dashboard server says about itself and the person using it: the backend mode, and
 * the signed-in user (or `local`) with their role. Not a Seam route. Every feature reads the
 * role from here to hide or disable what it cannot do; the server enforces it regardless.
 */
export const doormanInfoSchema = z.object({
  ok: z.literal(true),
  backend: z.object({ mode: z.enum(['sandbox', 'live']) }),
  auth: z.object({ enabled: z.boolean() }),
  user: z.object({
    email: z.string(),
    role: z.enum(ROLES),
    permissions: z.array(z.enum(PERMISSIONS)),
  }),
})
export type DoormanInfo = z.infer<typeof doormanInfoSchema>

export const doormanInfoKeys = { all: ['doorman-info'] as const }

export const doormanInfoQueryOptions = () =>
  queryOptions({
    queryKey: doormanInfoKeys.all,
    queryFn: async ({ signal }): Promise<DoormanInfo> => {
      const response = await (takeEarlyResponse('_doorman/info', undefined, signal) ??
        sendApiRequest(`${API_BASE}/_doorman/info`, { signal }))
      const parsed = doormanInfoSchema.safeParse(await response.json().catch(() => null))
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

export const useDoormanInfo = () => useQuery(doormanInfoQueryOptions())

/** True when the backend is the built-in sandbox (demo controls are shown only then). */
export const useIsSandbox = () => useDoormanInfo().data?.backend.mode === 'sandbox'

/** Whether the current user's role allows `permission`; false until the role is known. */
export function useCan(permission: Permission): boolean {
  const role = useDoormanInfo().data?.user.role
  return role ? can(role, permission) : false
}
