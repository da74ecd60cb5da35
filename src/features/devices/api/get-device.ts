import { queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { deviceSchema } from '@/api/schemas/device'
import { deviceKeys } from './list-devices'

const getDeviceResponse = z.object({ device: deviceSchema })

export const getDevice = (deviceId: string, signal?: AbortSignal) =>
  apiRequest('devices/get', { device_id: deviceId }, getDeviceResponse, { signal }).then(
    (r) => r.device,
  )

export const deviceQueryOptions = (deviceId: string) =>
  queryOptions({
    queryKey: deviceKeys.detail(deviceId),
    queryFn: ({ signal }) => getDevice(deviceId, signal),
    staleTime: 15_000,
  })

export const useDevice = (deviceId: string) => useQuery(deviceQueryOptions(deviceId))
