import { queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { workspaceSchema } from '@/api/schemas/workspace'

export const workspaceKeys = {
  all: ['workspace'] as const,
  current: () => [...workspaceKeys.all, 'current'] as const,
}

const getWorkspaceResponse = z.object({ workspace: workspaceSchema })

export const workspaceQueryOptions = () =>
  queryOptions({
    queryKey: workspaceKeys.current(),
    queryFn: ({ signal }) =>
      apiRequest('workspaces/get', {}, getWorkspaceResponse, { signal }).then((r) => r.workspace),
    staleTime: 5 * 60_000,
  })

export const useWorkspace = () => useQuery(workspaceQueryOptions())
