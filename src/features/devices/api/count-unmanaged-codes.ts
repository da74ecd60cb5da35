import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { apiRequest } from '@/api/client'
import { unmanagedAccessCodeSchema } from '@/api/schemas/access-code'
import { deviceKeys } from './list-devices'

const listUnmanagedResponse = z.object({ access_codes: z.array(unmanagedAccessCodeSchema) })

/** How many codes on the lock were not created through Seam (set on the keypad or in another app). */
export const unmanagedCodeCountQueryOptions = (deviceId: string) =>
  queryOptions({
    queryKey: [...deviceKeys.detail(deviceId), 'unmanaged-code-count'] as const,
    queryFn: ({ signal }) =>
      apiRequest('access_codes/unmanaged/list', { device_id: deviceId }, listUnmanagedResponse, {
        signal,
      }).then((r) => r.access_codes.length),
    staleTime: 30_000,
  })

export const useUnmanagedCodeCount = (deviceId: string) =>
  useQuery(unmanagedCodeCountQueryOptions(deviceId))
