import { expect } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SeedName } from './seed'
import { startSandboxServer } from './server'

/* Helpers for the sandbox's own integration tests (real HTTP against port 0). */

export interface CallResult {
  status: number
  headers: Headers
  text: string
  // Tests read arbitrary JSON paths off responses.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
}

export interface CallOptions {
  method?: string
  key?: string | null
  rawBody?: string
  query?: Record<string, string | string[]>
}

export async function startTestSandbox(seed: SeedName = 'default') {
  const dataDir = mkdtempSync(join(tmpdir(), 'doorman-sandbox-'))
  const server = await startSandboxServer({ port: 0, dataDir, seed, apiKey: 'seam_test_key' })
  const call = async (
    path: string,
    body?: unknown,
    opts: CallOptions = {},
  ): Promise<CallResult> => {
    const url = new URL(server.url + path)
    for (const [k, v] of Object.entries(opts.query ?? {})) {
      for (const item of Array.isArray(v) ? v : [v]) url.searchParams.append(k, item)
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    const key = opts.key === undefined ? server.apiKey : opts.key
    if (key !== null) headers.authorization = `Bearer ${key}`
    const method = opts.method ?? 'POST'
    const res = await fetch(url, {
      method,
      headers,
      body: method === 'GET' ? undefined : (opts.rawBody ?? JSON.stringify(body ?? {})),
    })
    const text = await res.text()
    let parsed: unknown = undefined
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = undefined
    }
    return { status: res.status, headers: res.headers, text, body: parsed }
  }
  const advance = (ms: number) => call('/_sandbox/clock/advance', { ms })
  return {
    ...server,
    dataDir,
    call,
    advance,
    async close() {
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type TestSandbox = Awaited<ReturnType<typeof startTestSandbox>>

/** An online August lock from the default seed: backup pool, lengths 4–8, 3 s latency. */
export async function augustLock(sb: TestSandbox): Promise<{ device_id: string }> {
  const res = await sb.call('/devices/list', { manufacturer: 'august' })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return res.body.devices.find((d: any) => d.properties.online && d.warnings.length === 0)
}

export const inDays = (sbNow: string, days: number) =>
  new Date(Date.parse(sbNow) + days * 86_400_000).toISOString()

/** A default-seeded sandbox, its August lock ({@link augustLock}) and its clock's `now`. */
export async function startWithAugustLock() {
  const sb = await startTestSandbox()
  const deviceId = (await augustLock(sb)).device_id
  const now: string = (await sb.call('/_sandbox/clock/get')).body.now
  return { sb, deviceId, now }
}

/** `events/list` requires a window (as Seam does): `since` this instant covers every event. */
export const SINCE_EVER = { since: '1970-01-01T00:00:00.000Z' } as const

// Stack frames, paths, SQL: none may reach a client in an error.
const LEAKS = [
  /\bat .+:\d+:\d+/,
  /\/work\//,
  /node_modules/,
  /\.ts\b/,
  /SELECT|INSERT|UPDATE .* SET|sqlite/i,
  /Error:/,
]

/** A Seam error envelope with this status and type, with nothing of the server's insides in it. */
export function expectEnvelope(res: CallResult, status: number, type: string) {
  expect(res.status).toBe(status)
  expect(res.body).toMatchObject({ ok: false, error: { type } })
  expect(typeof res.body.error.message).toBe('string')
  expect(res.body.error.request_id).toBe(res.headers.get('seam-request-id'))
  for (const leak of LEAKS) expect(res.text).not.toMatch(leak)
}
