import { queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { unmanagedAccessCodeSchema } from '@/api/schemas/access-code'
import { unmanagedCodeKeys } from './unmanaged-code-keys'

const listUnmanagedResponse = z.object({ access_codes: z.array(unmanagedAccessCodeSchema) })

/** `access_codes/unmanaged/list { device_id }`: codes on the lock that Seam did not create. */
export const unmanagedCodesQueryOptions = (deviceId: string) =>
  queryOptions({
    queryKey: unmanagedCodeKeys.byDevice(deviceId),
    queryFn: ({ signal }) =>
      apiRequest('access_codes/unmanaged/list', { device_id: deviceId }, listUnmanagedResponse, {
        signal,
      }).then((r) => r.access_codes),
    staleTime: 15_000,
  })

export const useUnmanagedCodes = (deviceId: string) =>
  useQuery(unmanagedCodesQueryOptions(deviceId))
