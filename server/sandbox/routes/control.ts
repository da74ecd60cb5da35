import { z } from 'zod'
import { instantSchema } from '../../../src/api/schemas/access-code-inputs'
import { iso } from '../clock'
import { ok, requireDevice, type Sandbox, type SandboxApp } from '../context'
import { faultSchema } from '../faults'
import { parseInput } from '../input'
import { SEED_NAMES } from '../seed'
import { readRoute, writeRoute } from './route'

const TEN_YEARS_MS = 10 * 365 * 24 * 3_600_000
const emptyInput = z.object({})
const advanceInput = z.object({ ms: z.number().int().min(0).max(TEN_YEARS_MS) })
const setClockInput = z.object({ now: instantSchema })
const setOnlineInput = z.object({ device_id: z.string().min(1), online: z.boolean() })
const resetInput = z.object({ seed: z.enum(SEED_NAMES).optional() })

/** Test/demo controls under /_sandbox/ (same bearer key as the API). */
export function registerControlRoutes(app: SandboxApp, sb: Sandbox) {
  const clockBody = () => ({ now: iso(sb.clock.now()), offset_ms: sb.clock.offset })

  readRoute(app, '/_sandbox/clock/get', (raw, c) => {
    parseInput(emptyInput, raw)
    return ok(c, clockBody())
  })

  writeRoute(app, '/_sandbox/clock/advance', (raw, c) => {
    const { ms } = parseInput(advanceInput, raw)
    sb.clock.advance(ms)
    sb.sim.tick(sb.clock.now())
    return ok(c, clockBody())
  })

  writeRoute(app, '/_sandbox/clock/set', (raw, c) => {
    const { now } = parseInput(setClockInput, raw)
    sb.clock.setNow(Date.parse(now))
    sb.sim.tick(sb.clock.now())
    return ok(c, clockBody())
  })

  writeRoute(app, '/_sandbox/devices/set_online', (raw, c) => {
    const input = parseInput(setOnlineInput, raw)
    requireDevice(sb, input.device_id)
    const now = sb.clock.now()
    sb.sim.tick(now)
    const row = sb.sim.setDeviceOnline(input.device_id, input.online, now)
    return ok(c, { device: row!.device })
  })

  writeRoute(app, '/_sandbox/faults/inject', (raw, c) => {
    const fault = parseInput(faultSchema, raw)
    sb.faults.inject(fault)
    return ok(c, { faults: sb.faults.active })
  })

  writeRoute(app, '/_sandbox/faults/clear', (raw, c) => {
    parseInput(emptyInput, raw)
    sb.faults.clear()
    return ok(c, { faults: [] })
  })

  writeRoute(app, '/_sandbox/reset', (raw, c) => {
    const { seed } = parseInput(resetInput, raw)
    sb.reset(seed ?? 'default')
    return ok(c, { seed: seed ?? 'default', ...clockBody() })
  })
}
