import { getActionAttemptInput } from '../../../src/api/schemas/read-inputs'
import { ok, type Sandbox, type SandboxApp } from '../context'
import { notFound } from '../errors'
import { parseInput } from '../input'
import { readRoute } from './route'

export function registerActionAttemptRoutes(app: SandboxApp, sb: Sandbox) {
  readRoute(app, '/action_attempts/get', (raw, c) => {
    const q = parseInput(getActionAttemptInput, raw)
    const attempt = sb.store.getActionAttempt(q.action_attempt_id)
    if (!attempt)
      throw notFound('action_attempt', 'Could not find an action_attempt with action_attempt_id')
    return ok(c, { action_attempt: attempt })
  })
}
