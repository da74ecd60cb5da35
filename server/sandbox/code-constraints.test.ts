// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSandboxApp } from './app'
import { Clock } from './clock'
import type { Sandbox } from './context'
import { Store } from './db'
import { Faults } from './faults'
import { seedWorkspace } from './seed'
import { Simulator } from './simulator'
import type { DeviceRow } from './types'

/*
 * The sandbox rejects every code the form rejects for a lock's `code_constraints` and
 * `supported_code_lengths` (both use src/lib/lock-code-rules.ts). The seed has no lock declaring
 * most constraint types, so each test gives one seeded lock the constraint first.
 */

const API_KEY = 'seam_test_key'
let dir: string
let sandbox: Sandbox
let app: ReturnType<typeof createSandboxApp>
let lock: DeviceRow
let other: DeviceRow

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'doorman-constraints-'))
  const store = new Store(dir)
  const sim = new Simulator(store)
  const clock = new Clock(store)
  seedWorkspace(store, sim, 'default', clock.now())
  sandbox = {
    store,
    clock,
    sim,
    faults: new Faults(),
    apiKey: API_KEY,
    reset: () => undefined,
  }
  app = createSandboxApp(sandbox)
  const online = store
    .allDevices()
    .filter((d) => d.device.properties.online && d.device.properties.manufacturer === 'august')
  lock = online[0]!
  other = online[1]!
})
afterAll(async () => {
  await sandbox.store.close()
  rmSync(dir, { recursive: true, force: true })
})

const call = async (path: string, body: unknown) => {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify(body),
  })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, body: (await res.json()) as any }
}

/** Give `row`'s lock these constraints and lengths (4–8 unless given). */
const declare = (
  row: DeviceRow,
  constraints: { constraint_type: string; min_length?: number; max_length?: number }[],
  lengths = [4, 5, 6, 7, 8],
) => {
  const device = structuredClone(row.device)
  device.properties.code_constraints = constraints as typeof device.properties.code_constraints
  device.properties.supported_code_lengths = lengths
  sandbox.store.putDevice(device, row.sim)
  return device.device_id
}

let n = 0
const create = (device_id: string, code: string | undefined, name = `Guest ${++n}`) =>
  call('/access_codes/create', { device_id, name, ...(code === undefined ? {} : { code }) })

const expectRejected = (
  res: Awaited<ReturnType<typeof call>>,
  message: RegExp | string,
  field = 'code',
) => {
  expect(res.status).toBe(400)
  expect(res.body.ok).toBe(false)
  expect(res.body.error.type).toBe('invalid_input')
  expect(res.body.error.message).toMatch(message)
  expect(res.body.error.validation_errors[field]._errors[0]).toMatch(message)
}

/** [constraint type, a code it rejects, a code it accepts, the message] */
const CASES: [string, string, string, RegExp | string][] = [
  ['no_zeros', '4051', '4751', 'This device does not allow 0 in codes'],
  ['cannot_start_with_12', '1259', '2159', 'Codes on this device cannot start with 12'],
  [
    'no_triple_consecutive_ints',
    '47778',
    '47787',
    'Codes on this device cannot repeat a digit three times in a row',
  ],
  ['no_ascending_or_descending_sequence', '3456', '3546', /run of digits/],
  ['no_ascending_or_descending_sequence', '98765', '98756', /run of digits/],
  ['at_least_three_unique_digits', '4544', '4564', /at least three different digits/],
  ['cannot_contain_089', '4581', '4571', /cannot contain 0, 8 or 9/],
  ['cannot_contain_0789', '4571', '4561', /cannot contain 0, 7, 8 or 9/],
]

describe('access_codes/create enforces the lock’s code_constraints', () => {
  it.each(CASES)('%s: rejects %s, accepts %s', async (type, bad, good, message) => {
    const deviceId = declare(lock, [{ constraint_type: type }])
    const rejected = await create(deviceId, bad)
    expectRejected(rejected, message)
    const accepted = await create(deviceId, good)
    expect(accepted.status).toBe(200)
    expect(accepted.body.access_code.code).toBe(good)
  })

  it('supported_code_lengths: rejects other lengths', async () => {
    const deviceId = declare(lock, [], [6])
    expectRejected(await create(deviceId, '4729'), /Code length 4 is not supported/)
    expect((await create(deviceId, '472913')).status).toBe(200)
  })

  it('cannot_specify_pin_code: rejects any code, and picks one itself', async () => {
    const deviceId = declare(lock, [{ constraint_type: 'cannot_specify_pin_code' }], [6])
    expectRejected(await create(deviceId, '472913'), /chooses its own codes/)
    const picked = await create(deviceId, undefined)
    expect(picked.status).toBe(200)
    expect(picked.body.access_code.code).toMatch(/^\d{6}$/)
  })

  it('name_length: rejects names outside the lock’s limits', async () => {
    const deviceId = declare(lock, [
      { constraint_type: 'name_length', min_length: 3, max_length: 8 },
    ])
    expectRejected(await create(deviceId, '4729', 'Al'), /at least 3 characters/, 'name')
    expectRejected(await create(deviceId, '4729', 'Dog walker'), /at most 8 characters/, 'name')
    expect((await create(deviceId, '4729', 'Cleaner')).status).toBe(200)
  })

  it('generated codes follow the new constraints', async () => {
    const deviceId = declare(lock, [
      { constraint_type: 'cannot_contain_0789' },
      { constraint_type: 'at_least_three_unique_digits' },
      { constraint_type: 'no_ascending_or_descending_sequence' },
    ])
    for (let i = 0; i < 20; i++) {
      const res = await call('/access_codes/generate_code', { device_id: deviceId })
      const code: string = res.body.generated_code.code
      expect(code).toMatch(/^[1-6]+$/)
      expect(new Set(code).size).toBeGreaterThanOrEqual(3)
    }
  })
})

describe('updates and shared codes are checked too', () => {
  it('access_codes/update rejects a code the lock does not accept', async () => {
    const deviceId = declare(lock, [{ constraint_type: 'cannot_contain_089' }])
    const created = await create(deviceId, '6512')
    expect(created.status).toBe(200)
    const res = await call('/access_codes/update', {
      access_code_id: created.body.access_code.access_code_id,
      code: '6582',
    })
    expectRejected(res, /cannot contain 0, 8 or 9/)
  })

  it('access_codes/create_multiple rejects a code one of the locks does not accept', async () => {
    const a = declare(lock, [])
    const b = declare(other, [{ constraint_type: 'at_least_three_unique_digits' }])
    const res = await call('/access_codes/create_multiple', {
      device_ids: [a, b],
      name: 'Cleaner',
      code: '5566',
    })
    expectRejected(res, /at least three different digits/)
  })
})
