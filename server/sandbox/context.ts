import type { HttpBindings } from '@hono/node-server'
import type { Context, Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { asciiJson } from './ascii-json'
import type { Clock } from './clock'
import type { Store } from './db'
import { notFound } from './errors'
import type { Faults } from './faults'
import { uuid } from './ids'
import type { SeedName } from './seed'
import type { Simulator } from './simulator'
import type { ActionAttemptRecord, CodeRow, DeviceRow } from './types'

export type SandboxEnv = { Bindings: HttpBindings; Variables: { requestId: string } }
export type SandboxApp = Hono<SandboxEnv>
export type SandboxCtx = Context<SandboxEnv>

/** Everything a route needs; one per running server. */
export interface Sandbox {
  store: Store
  clock: Clock
  sim: Simulator
  faults: Faults
  apiKey: string
  reset(seed: SeedName): void
}

export const JSON_HEADERS = { 'content-type': 'application/json; charset=UTF-8' }

/** Answers are ASCII JSON, like the stored rows the list endpoints splice (ascii-json.ts). */
export const ok = (
  c: SandboxCtx,
  payload: Record<string, unknown>,
  status: ContentfulStatusCode = 200,
) => c.body(asciiJson({ ok: true, ...payload }), status, JSON_HEADERS)

/** Splice stored JSON straight into the response: list endpoints skip parse + stringify. */
export const okRawList = (c: SandboxCtx, key: string, items: string[]) =>
  c.body(`{"ok":true,"${key}":[${items.join(',')}]}`, 200, JSON_HEADERS)

const COMMA = 0x2c
const LIST_END = Buffer.from(']}')

/**
 * okRawList for stored JSON already in UTF-8 bytes: one copy of each item into one response
 * buffer, so a large list (200 codes, ~125 kB) is never a JS string to measure and re-encode.
 */
export function okRawListBytes(c: SandboxCtx, key: string, items: Uint8Array[]) {
  const head = Buffer.from(`{"ok":true,"${key}":[`)
  let length = head.length + Math.max(0, items.length - 1) + LIST_END.length
  for (const item of items) length += item.length
  const body = Buffer.allocUnsafe(length)
  body.set(head, 0)
  let at = head.length
  for (let i = 0; i < items.length; i++) {
    if (i > 0) body[at++] = COMMA
    body.set(items[i]!, at)
    at += items[i]!.length
  }
  body.set(LIST_END, at)
  return c.body(body, 200, JSON_HEADERS)
}

export function requireDevice(sb: Sandbox, deviceId: string): DeviceRow {
  const row = sb.store.getDevice(deviceId)
  if (!row) throw notFound('device', 'Could not find a device with device_id')
  return row
}

/** requireDevice for callers that only need to know it exists (no JSON parse). */
export function requireDeviceExists(sb: Sandbox, deviceId: string): void {
  if (!sb.store.hasDevice(deviceId))
    throw notFound('device', 'Could not find a device with device_id')
}

const codeNotFound = () =>
  notFound('access_code', 'Could not find an access_code with device_id or access_code_id')

/**
 * The code with `accessCodeId`, managed or unmanaged as asked; when a request also names a
 * `deviceId`, the code must be on that lock (Seam answers the same not-found either way).
 */
export function requireCode(
  sb: Sandbox,
  accessCodeId: string,
  managed: boolean,
  deviceId?: string,
): CodeRow {
  const row = sb.store.getCode(accessCodeId)
  if (!row || row.code.is_managed !== managed) throw codeNotFound()
  if (deviceId !== undefined && row.code.device_id !== deviceId) throw codeNotFound()
  return row
}

/** requireCode and the lock it is on, which every write to one code needs. */
export function requireCodeAndDevice(
  sb: Sandbox,
  accessCodeId: string,
  managed: boolean,
  deviceId?: string,
): { row: CodeRow; device: DeviceRow } {
  const row = requireCode(sb, accessCodeId, managed, deviceId)
  return { row, device: requireDevice(sb, row.code.device_id) }
}

/**
 * The code `access_codes/get` and `unmanaged/get` answer: by id (on `deviceId`, when given), or
 * by the PIN on a lock; managed or unmanaged as asked, Seam's not-found otherwise.
 */
export function findCode(
  sb: Sandbox,
  q: {
    access_code_id?: string | undefined
    device_id?: string | undefined
    code?: string | undefined
  },
  managed: boolean,
): CodeRow {
  if (q.access_code_id !== undefined) return requireCode(sb, q.access_code_id, managed, q.device_id)
  const hit = sb.store.codeOnDevice(q.device_id!, q.code!)
  if (!hit || hit.code.is_managed !== managed) throw codeNotFound()
  return hit
}

/** Lock-side work is simulated by the code's status; the attempt itself is accepted at once. */
export function recordAttempt(
  sb: Sandbox,
  actionType: string,
  result: unknown = {},
): ActionAttemptRecord {
  const attempt: ActionAttemptRecord = {
    action_attempt_id: uuid(),
    action_type: actionType,
    status: 'success',
    result,
    error: null,
  }
  sb.store.putActionAttempt(attempt)
  return attempt
}

/**
 * A write's last step for one code: store it, tell the simulator's event log, and record the
 * action attempt the route answers with. Call it inside the route's `sb.store.transaction`.
 */
export function saveCode(
  sb: Sandbox,
  row: CodeRow,
  device: DeviceRow,
  now: number,
  eventType: string,
  actionType: string,
): ActionAttemptRecord {
  sb.sim.save(row, device)
  sb.sim.emitForCode(eventType, now, device.device, row.code)
  return recordAttempt(sb, actionType, { access_code: row.code })
}
