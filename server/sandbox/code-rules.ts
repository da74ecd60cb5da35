import { NAME_MAX_LENGTH } from '../../src/api/schemas/access-code-inputs'
import {
  lockCodeProblem,
  nameLengthLimits,
  type LockCodeProblem,
} from '../../src/lib/lock-code-rules'
import type { Random } from './ids'
import type { DeviceRecord } from './types'

/*
 * The lock's code rules come from src/lib/lock-code-rules.ts, the module the access-code form
 * checks with: the sandbox rejects every code the form rejects. Seam's fake does not check them
 * on create; a real lock does, so the sandbox answers as Seam would with invalid_input on `code`.
 */

/** The three messages the sandbox gave before the rules were shared, kept as they were. */
const CONSTRAINT_MESSAGES: Record<string, string> = {
  no_zeros: 'This device does not allow 0 in codes',
  cannot_start_with_12: 'Codes on this device cannot start with 12',
  no_triple_consecutive_ints: 'Codes on this device cannot repeat a digit three times in a row',
}

function describe(problem: LockCodeProblem, code: string): string {
  switch (problem.kind) {
    case 'picks_own_code':
      return 'This device chooses its own codes (cannot_specify_pin_code): leave out code'
    case 'length':
      return `Code length ${code.length} is not supported by this device (supported: ${problem.supported.join(', ')})`
    case 'constraint':
      return (
        CONSTRAINT_MESSAGES[problem.type] ??
        `Codes on this device ${problem.message} (${problem.type})`
      )
  }
}

/** Why `code` (given by the caller) cannot go on this lock, or null when it can. */
export function codeProblem(code: string, device: DeviceRecord): string | null {
  const problem = lockCodeProblem(code, device.properties)
  return problem && describe(problem, code)
}

/** Whether the lock takes `code` as one it (or Seam) picked: every rule but cannot_specify_pin_code. */
export const generatedCodeFits = (code: string, device: DeviceRecord): boolean =>
  lockCodeProblem(code, device.properties, { generated: true }) === null

/** Why `name` breaks the lock's `name_length` constraint, or null when it does not. */
export function nameProblem(name: string | null | undefined, device: DeviceRecord): string | null {
  if (name === undefined || name === null) return null
  const { min, max } = nameLengthLimits(device.properties, NAME_MAX_LENGTH)
  if (name.length < min)
    return `Names on this device must be at least ${min} characters (name_length)`
  if (name.length > max)
    return `Names on this device must be at most ${max} characters (name_length)`
  return null
}

/** A random code the device accepts and that `taken` does not reject; prefers the given lengths. */
export function generateCode(
  device: DeviceRecord,
  taken: (code: string) => boolean,
  random: Random = Math.random,
  lengths: number[] = device.properties.supported_code_lengths,
): string {
  const preferred = lengths.includes(4) ? 4 : lengths.includes(6) ? 6 : (lengths[0] ?? 6)
  for (let attempt = 0; attempt < 1000; attempt++) {
    const len = attempt < 500 ? preferred : lengths[attempt % lengths.length]!
    let code = ''
    for (let i = 0; i < len; i++) code += String(Math.floor(random() * 10))
    if (generatedCodeFits(code, device) && !taken(code)) return code
  }
  throw new Error('No free code available on device')
}
