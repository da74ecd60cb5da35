import { queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { accessCodeSchema, type AccessCode } from '@/api/schemas/access-code'
import { accessCodeKeys } from './access-code-keys'

const getAccessCodeResponse = z.object({ access_code: accessCodeSchema })

/** `access_codes/get { access_code_id }` */
export async function getAccessCode(
  accessCodeId: string,
  signal?: AbortSignal,
): Promise<AccessCode> {
  const response = await apiRequest(
    'access_codes/get',
    { access_code_id: accessCodeId },
    getAccessCodeResponse,
    { signal },
  )
  return response.access_code
}

export const accessCodeQueryOptions = (accessCodeId: string) =>
  queryOptions({
    queryKey: accessCodeKeys.detail(accessCodeId),
    queryFn: ({ signal }) => getAccessCode(accessCodeId, signal),
  })

export const useAccessCode = (accessCodeId: string) =>
  useQuery(accessCodeQueryOptions(accessCodeId))
