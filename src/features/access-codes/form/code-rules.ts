import { CODE_MAX_LENGTH, CODE_MIN_LENGTH, NAME_MAX_LENGTH } from '@/api/schemas/access-code-inputs'
import type { Device } from '@/api/schemas/device'
import {
  codeConstraintCheck,
  declaredLengths,
  nameLengthLimits,
  PICKS_OWN_CODE,
} from '@/lib/lock-code-rules'

/** What the chosen locks accept as a code and a name. Several locks sharing a code must all accept it. */
export type CodeRules = {
  /** Code lengths every chosen lock supports, ascending. Empty when the locks have none in common. */
  lengths: number[]
  /** `code_constraints` types of any chosen lock. */
  constraints: string[]
  /** False when a lock picks its own codes (`cannot_specify_pin_code`). */
  canSpecifyCode: boolean
  nameMinLength: number
  nameMaxLength: number
  /** How many locks the rules come from (for wording). */
  deviceCount: number
}

type DeviceLike = Pick<Device, 'properties'>

const ALL_LENGTHS = Array.from(
  { length: CODE_MAX_LENGTH - CODE_MIN_LENGTH + 1 },
  (_, i) => CODE_MIN_LENGTH + i,
)

/** The intersection of the chosen locks' code rules; with no lock chosen, Seam's general 4–9 digits. */
export function codeRulesFor(devices: readonly DeviceLike[]): CodeRules {
  let lengths = ALL_LENGTHS
  const constraints = new Set<string>()
  let nameMinLength = 0
  let nameMaxLength = NAME_MAX_LENGTH
  for (const device of devices) {
    const supported = declaredLengths(device.properties)
    if (supported) lengths = lengths.filter((n) => supported.includes(n))
    for (const c of device.properties.code_constraints ?? []) {
      if (c.constraint_type !== 'name_length') constraints.add(c.constraint_type)
    }
    const names = nameLengthLimits(device.properties, nameMaxLength)
    nameMinLength = Math.max(nameMinLength, names.min)
    nameMaxLength = names.max
  }
  return {
    lengths,
    constraints: [...constraints].sort(),
    canSpecifyCode: !constraints.has(PICKS_OWN_CODE),
    nameMinLength,
    nameMaxLength,
    deviceCount: devices.length,
  }
}

/** "4, 5 or 6" */
export function listLengths(lengths: readonly number[]): string {
  if (lengths.length <= 1) return lengths.join('')
  const sorted = [...lengths].sort((a, b) => a - b)
  const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1)
  if (contiguous && sorted.length > 2) return `${sorted[0]}–${sorted.at(-1)}`
  return `${sorted.slice(0, -1).join(', ')} or ${sorted.at(-1)}`
}

const subject = (rules: CodeRules) =>
  rules.deviceCount > 1 ? 'Codes on one of the chosen locks' : 'Codes on this lock'

/**
 * Why `code` (already known to be digits) cannot go on the chosen locks, or null when it can.
 * The lock-side checks (`@/lib/lock-code-rules`, which the sandbox enforces too), so the user
 * hears about them before saving.
 */
export function codeProblem(code: string, rules: CodeRules): string | null {
  if (!rules.canSpecifyCode) {
    return rules.deviceCount > 1
      ? 'One of the chosen locks picks its own codes. Leave the code blank.'
      : 'This lock picks its own codes. Leave the code blank.'
  }
  if (rules.lengths.length === 0) {
    return 'The chosen locks have no code length in common, so they cannot share a code.'
  }
  if (!rules.lengths.includes(code.length)) {
    const where = rules.deviceCount > 1 ? 'every chosen lock' : 'this lock'
    return `Use ${listLengths(rules.lengths)} digits: ${where} accepts ${
      rules.lengths.length === 1 ? 'only that length' : 'those lengths'
    } (you entered ${code.length}).`
  }
  for (const type of rules.constraints) {
    const check = codeConstraintCheck(type)
    if (check?.broken(code)) return `${subject(rules)} ${check.message}.`
  }
  return null
}

/** A short description of what the code field accepts, for its hint text. */
export function describeCodeRules(rules: CodeRules, optional = true): string {
  if (!rules.canSpecifyCode) return 'The lock chooses the code.'
  if (rules.lengths.length === 0) return 'The chosen locks have no code length in common.'
  const extra = rules.constraints
    .map((t) => codeConstraintCheck(t)?.message)
    .filter((m): m is string => m !== undefined)
  const blank = optional ? ' Leave blank to let Seam choose.' : ''
  return `${listLengths(rules.lengths)} digits${extra.length > 0 ? `; ${extra.join('; ')}` : ''}.${blank}`
}
