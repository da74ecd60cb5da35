import { CODE_MAX_LENGTH, CODE_MIN_LENGTH, NAME_MAX_LENGTH } from '@/api/schemas/access-code-inputs'
import type { Device } from '@/api/schemas/device'

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
    const supported = device.properties.supported_code_lengths
    if (supported && supported.length > 0) lengths = lengths.filter((n) => supported.includes(n))
    for (const c of device.properties.code_constraints ?? []) {
      if (c.constraint_type === 'name_length') {
        if (c.min_length !== undefined) nameMinLength = Math.max(nameMinLength, c.min_length)
        if (c.max_length !== undefined) nameMaxLength = Math.min(nameMaxLength, c.max_length)
      } else {
        constraints.add(c.constraint_type)
      }
    }
  }
  return {
    lengths,
    constraints: [...constraints].sort(),
    canSpecifyCode: !constraints.has('cannot_specify_pin_code'),
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

const isRun = (code: string, step: 1 | -1) =>
  code.length > 1 && [...code].every((d, i) => i === 0 || Number(d) === Number(code[i - 1]) + step)

/** Constraint checks for the `code_constraints` Seam documents; unknown types are left to the server. */
const CONSTRAINT_CHECKS: Record<string, { broken: (code: string) => boolean; message: string }> = {
  no_zeros: { broken: (c) => c.includes('0'), message: 'cannot contain 0' },
  cannot_start_with_12: { broken: (c) => c.startsWith('12'), message: 'cannot start with 12' },
  no_triple_consecutive_ints: {
    broken: (c) => /(\d)\1\1/.test(c),
    message: 'cannot repeat a digit three times in a row',
  },
  no_ascending_or_descending_sequence: {
    broken: (c) => isRun(c, 1) || isRun(c, -1),
    message: 'cannot be a run of digits such as 1234 or 4321',
  },
  at_least_three_unique_digits: {
    broken: (c) => new Set(c).size < 3,
    message: 'need at least three different digits',
  },
  cannot_contain_089: { broken: (c) => /[089]/.test(c), message: 'cannot contain 0, 8 or 9' },
  cannot_contain_0789: {
    broken: (c) => /[0789]/.test(c),
    message: 'cannot contain 0, 7, 8 or 9',
  },
}

const subject = (rules: CodeRules) =>
  rules.deviceCount > 1 ? 'Codes on one of the chosen locks' : 'Codes on this lock'

/**
 * Why `code` (already known to be digits) cannot go on the chosen locks, or null when it can.
 * Mirrors the lock-side checks so the user hears about them before saving.
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
    const check = CONSTRAINT_CHECKS[type]
    if (check?.broken(code)) return `${subject(rules)} ${check.message}.`
  }
  return null
}

/** A short description of what the code field accepts, for its hint text. */
export function describeCodeRules(rules: CodeRules, optional = true): string {
  if (!rules.canSpecifyCode) return 'The lock chooses the code.'
  if (rules.lengths.length === 0) return 'The chosen locks have no code length in common.'
  const extra = rules.constraints
    .map((t) => CONSTRAINT_CHECKS[t]?.message)
    .filter((m): m is string => m !== undefined)
  const blank = optional ? ' Leave blank to let Seam choose.' : ''
  return `${listLengths(rules.lengths)} digits${extra.length > 0 ? `; ${extra.join('; ')}` : ''}.${blank}`
}
