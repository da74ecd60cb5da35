import { ROLES, type Role } from '../../../src/lib/permissions'
import type { Team } from '../../accounts/team'
import { createDashboardApp } from '../app'
import { SAME_ORIGIN, startRecordingUpstream, type UpstreamAnswer } from './recording-upstream'
import { addEveryRole, openTestTeam, signIn } from './team'

/** The dashboard as deployed for a team: sandbox mode in front of `backendUrl`, login required. */
export const loginRequiredDashboard = (backendUrl: string, team: Team) =>
  createDashboardApp({ backendUrl, apiKey: 'k', mode: 'sandbox', team, loginRequired: true })

export type SignedInDashboard = Awaited<ReturnType<typeof startSignedInDashboard>>

/**
 * A sandbox-mode dashboard (login required) in front of a recording Seam stand-in, with one
 * account per role already signed in: `post(role, path, body)` sends the SPA's JSON POST as that
 * role, so a test can check what the server lets each role do and what reached Seam.
 */
export async function startSignedInDashboard(answer?: UpstreamAnswer) {
  const upstream = await startRecordingUpstream(answer)
  const team = await openTestTeam()
  await addEveryRole(team, ROLES)
  const app = loginRequiredDashboard(upstream.url, team)
  const cookies = new Map<Role, string>()
  for (const role of ROLES) cookies.set(role, await signIn(app, `${role}@example.com`))
  const post = (role: Role, path: string, body: unknown) =>
    app.request(path, {
      method: 'POST',
      headers: { ...SAME_ORIGIN, 'content-type': 'application/json', cookie: cookies.get(role)! },
      body: JSON.stringify(body),
    })
  const close = async () => {
    await upstream.close()
    await team.close()
  }
  const cookie = (role: Role) => cookies.get(role)!
  return { upstream, team, app, post, cookie, close }
}
