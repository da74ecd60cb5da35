import { UsersPage } from '@/features/team/components/users-page'

/** `/users`: the team's accounts (admins only). */
export function UsersRoute() {
  return <UsersPage />
}
