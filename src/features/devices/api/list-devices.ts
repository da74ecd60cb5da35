import { queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { deviceSchema } from '@/api/schemas/device'

export const deviceKeys = {
  all: ['devices'] as const,
  lists: () => [...deviceKeys.all, 'list'] as const,
  list: () => [...deviceKeys.lists(), {}] as const,
  details: () => [...deviceKeys.all, 'detail'] as const,
  detail: (deviceId: string) => [...deviceKeys.details(), deviceId] as const,
}

const listDevicesResponse = z.object({ devices: z.array(deviceSchema) })

export const devicesQueryOptions = () =>
  queryOptions({
    queryKey: deviceKeys.list(),
    queryFn: ({ signal }) =>
      apiRequest('devices/list', {}, listDevicesResponse, { signal }).then((r) => r.devices),
    staleTime: 15_000,
  })

export const useDevices = () => useQuery(devicesQueryOptions())
