// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { serve, type ServerType } from '@hono/node-server'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createDashboardApp } from './app'
import { startRecordingUpstream } from './testing/recording-upstream'
import { openTestTeam } from './testing/team'
import type { Team } from '../accounts/team'

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>
let server: ServerType
let origin = ''
const lines: string[] = []
let team: Team

beforeAll(async () => {
  upstream = await startRecordingUpstream()
  team = await openTestTeam()
  const app = createDashboardApp({
    backendUrl: upstream.url,
    apiKey: 'k',
    mode: 'sandbox',
    team,
    log: (line) => lines.push(line),
  })
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((r) => server.once('listening', r))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((r) => server.close(r))
  await upstream.close()
  await team.close()
})

/** Starts a chunked JSON upload, sends half a body, and hangs up. */
function abortMidBody(): Promise<void> {
  return new Promise((resolve) => {
    const req = request(`${origin}/api/access_codes/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'transfer-encoding': 'chunked' },
    })
    req.on('error', () => {})
    req.write('{"device_id": "', () => {
      setTimeout(() => {
        req.destroy()
        resolve()
      }, 20)
    })
  })
}

describe('an aborted request', () => {
  it('is one log line without a stack, and nothing reaches the backend', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      await Promise.all(Array.from({ length: 20 }, abortMidBody))
      await vi.waitFor(() => expect(lines).toHaveLength(20), { timeout: 5_000 })
      await new Promise((r) => setTimeout(r, 100)) // anything logged late would show now
      expect(lines).toHaveLength(20)
      for (const line of lines) {
        expect(line).not.toContain('\n')
        expect(line).toMatch(/^\[dashboard\] POST \/api\/access_codes\/create failed: /)
      }
      expect(errors).not.toHaveBeenCalled()
      expect(warnings).not.toHaveBeenCalled()
      expect(upstream.seen).toEqual([])
    } finally {
      errors.mockRestore()
      warnings.mockRestore()
    }
  })
})
