import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { ROLES } from '@/lib/permissions'

/** An account as `/api/_doorman/users/*` returns it. */
export const teamUserSchema = z.looseObject({
  email: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  created_at: z.string(),
})
export type TeamUser = z.infer<typeof teamUserSchema>

/** The answer of every account change: the account as it now is. */
const teamUserResponse = z.object({ user: teamUserSchema })

/** An account change: `POST /api/<route>` with its input, answered with the account as it now is. */
export const accountChange =
  <Input>(route: string) =>
  async (input: Input): Promise<TeamUser> =>
    (await apiRequest(route, input, teamUserResponse)).user

const listUsersResponse = z.object({ users: z.array(teamUserSchema) })

/** `POST /api/_doorman/users/list`: every account, by email. Admins only. */
export async function listUsers(signal?: AbortSignal): Promise<TeamUser[]> {
  const response = await apiRequest('_doorman/users/list', {}, listUsersResponse, { signal })
  return response.users
}

export const userKeys = {
  all: ['team-users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
}

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => listUsers(signal),
  })

export const useUsers = (options: { enabled: boolean }) =>
  useQuery({ ...usersQueryOptions(), enabled: options.enabled })

/** Puts an account as the server now has it into the cached list (adding it when new). */
export function upsertUser(queryClient: QueryClient, user: TeamUser): void {
  queryClient.setQueryData<TeamUser[]>(userKeys.list(), (old) => {
    if (!old) return old
    const others = old.filter((u) => u.email !== user.email)
    return [...others, user].sort((a, b) => a.email.localeCompare(b.email))
  })
}
