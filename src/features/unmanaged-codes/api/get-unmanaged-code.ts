import { queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { unmanagedAccessCodeSchema } from '@/api/schemas/access-code'
import { unmanagedCodeKeys } from './unmanaged-code-keys'

const getUnmanagedResponse = z.object({ access_code: unmanagedAccessCodeSchema })

/** `access_codes/unmanaged/get { access_code_id }`; a missing code is a 404 `access_code_not_found`. */
export const unmanagedCodeQueryOptions = (accessCodeId: string) =>
  queryOptions({
    queryKey: unmanagedCodeKeys.detail(accessCodeId),
    queryFn: ({ signal }) =>
      apiRequest(
        'access_codes/unmanaged/get',
        { access_code_id: accessCodeId },
        getUnmanagedResponse,
        { signal },
      ).then((r) => r.access_code),
    staleTime: 5_000,
  })

export const useUnmanagedCode = (accessCodeId: string) =>
  useQuery(unmanagedCodeQueryOptions(accessCodeId))
