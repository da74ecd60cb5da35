import { getWorkspaceInput } from '../../../src/api/schemas/read-inputs'
import { ok, type Sandbox, type SandboxApp } from '../context'
import { parseInput } from '../input'
import { readRoute } from './route'

export function registerWorkspaceRoutes(app: SandboxApp, sb: Sandbox) {
  readRoute(app, '/workspaces/get', (raw, c) => {
    parseInput(getWorkspaceInput, raw)
    const { workspace_id, name, company_name } = sb.sim.workspace()
    return ok(c, { workspace: { workspace_id, name, company_name, is_sandbox: true } })
  })
}
