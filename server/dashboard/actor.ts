import type { Role } from '../../src/lib/permissions'

/** Who is making a request: a signed-in person, or `local` on a loopback dashboard with no accounts. */
export type Actor = { email: string; role: Role; local: boolean }

export const LOCAL_ACTOR: Actor = { email: 'local', role: 'admin', local: true }

export type DashboardEnv = { Variables: { actor: Actor } }
