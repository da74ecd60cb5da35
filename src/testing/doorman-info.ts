import type { QueryClient } from '@tanstack/react-query'
import { doormanInfoKeys, type DoormanInfo } from '@/api/doorman-info'
import { permissionsOf, type Role } from '@/lib/permissions'

/** Puts "signed in as `role`" in a test's query cache, as `/api/_doorman/info` would. */
export function seedSignedIn(client: QueryClient, role: Role = 'admin'): void {
  const info: DoormanInfo = {
    ok: true,
    backend: { mode: 'sandbox' },
    auth: { enabled: true },
    user: { email: `${role}@example.com`, role, permissions: permissionsOf(role) },
  }
  client.setQueryData(doormanInfoKeys.all, info)
}
