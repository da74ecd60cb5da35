/**
 * What a lock accepts as an access code, from its `supported_code_lengths` and `code_constraints`
 * (Seam's device properties). One list of checks for the form (which warns before saving) and
 * the sandbox (which rejects on create and update), so the two cannot drift apart.
 *
 * The code constraints here are the ones a code can be checked against on its own. Seam's other
 * types need more than the code: `pin_code_matches_existing_set` (Salto), `start_date_in_future`
 * (Kwikset) and `name_must_be_unique` are left to the server.
 */

/** A `code_constraints` entry, loose enough for the SPA's schema and the sandbox's records. */
export interface LockCodeConstraint {
  constraint_type: string
  min_length?: number | undefined
  max_length?: number | undefined
}

/** The device properties the rules read. */
export interface LockCodeProperties {
  supported_code_lengths?: readonly number[] | undefined
  code_constraints?: readonly LockCodeConstraint[] | undefined
}

/** Lock-side checks on the digits of a code. */
export interface CodeConstraintCheck {
  broken: (code: string) => boolean
  /** What the lock does not accept, to follow "Codes on this lock …". */
  message: string
}

const isRun = (code: string, step: 1 | -1) =>
  code.length > 1 && [...code].every((d, i) => i === 0 || Number(d) === Number(code[i - 1]) + step)

/** The `code_constraints` types Seam documents that a code can be checked against by itself. */
export const CODE_CONSTRAINT_CHECKS = {
  /** Nuki */
  no_zeros: { broken: (pin) => pin.includes('0'), message: 'cannot contain 0' },
  /** Nuki */
  cannot_start_with_12: { broken: (pin) => pin.startsWith('12'), message: 'cannot start with 12' },
  /** Brivo */
  no_triple_consecutive_ints: {
    broken: (pin) => /(\d)\1\1/.test(pin),
    message: 'cannot repeat a digit three times in a row',
  },
  /** Tedee */
  no_ascending_or_descending_sequence: {
    broken: (pin) => isRun(pin, 1) || isRun(pin, -1),
    message: 'cannot be a run of digits such as 1234 or 4321',
  },
  /** Tedee */
  at_least_three_unique_digits: {
    broken: (pin) => new Set(pin).size < 3,
    message: 'need at least three different digits',
  },
  /** TTLock */
  cannot_contain_089: { broken: (pin) => /[089]/.test(pin), message: 'cannot contain 0, 8 or 9' },
  /** TTLock (some cylinders) */
  cannot_contain_0789: {
    broken: (pin) => /[0789]/.test(pin),
    message: 'cannot contain 0, 7, 8 or 9',
  },
} satisfies Record<string, CodeConstraintCheck>

export type CodeConstraintType = keyof typeof CODE_CONSTRAINT_CHECKS

/** The check for a constraint type, or undefined for types a code alone cannot break. */
export function codeConstraintCheck(type: string): CodeConstraintCheck | undefined {
  return Object.hasOwn(CODE_CONSTRAINT_CHECKS, type)
    ? CODE_CONSTRAINT_CHECKS[type as CodeConstraintType]
    : undefined
}

/** The lock chooses its own codes (Lockly): a code cannot be given on create or update. */
export const PICKS_OWN_CODE = 'cannot_specify_pin_code'

export const picksOwnCode = (lock: LockCodeProperties): boolean =>
  (lock.code_constraints ?? []).some((c) => c.constraint_type === PICKS_OWN_CODE)

/** Lengths the lock declares; undefined or empty means it does not narrow the general range. */
export const declaredLengths = (lock: LockCodeProperties): readonly number[] | undefined =>
  lock.supported_code_lengths && lock.supported_code_lengths.length > 0
    ? lock.supported_code_lengths
    : undefined

/** The first of the lock's code constraints that `code` breaks (its type and check), or null. */
export function brokenCodeConstraint(
  code: string,
  lock: LockCodeProperties,
): { type: CodeConstraintType; message: string } | null {
  for (const c of lock.code_constraints ?? []) {
    const check = codeConstraintCheck(c.constraint_type)
    if (check?.broken(code))
      return { type: c.constraint_type as CodeConstraintType, message: check.message }
  }
  return null
}

export type LockCodeProblem =
  | { kind: 'picks_own_code' }
  | { kind: 'length'; supported: readonly number[] }
  | { kind: 'constraint'; type: CodeConstraintType; message: string }

/**
 * Why this lock rejects `code` (digits, within the general length range), or null when it takes
 * it. `generated` skips `cannot_specify_pin_code`: the lock's own (or Seam's generated) codes
 * still follow its other rules.
 */
export function lockCodeProblem(
  code: string,
  lock: LockCodeProperties,
  { generated = false }: { generated?: boolean } = {},
): LockCodeProblem | null {
  if (!generated && picksOwnCode(lock)) return { kind: 'picks_own_code' }
  const lengths = declaredLengths(lock)
  if (lengths && !lengths.includes(code.length)) return { kind: 'length', supported: lengths }
  const broken = brokenCodeConstraint(code, lock)
  return broken && { kind: 'constraint', ...broken }
}

/** The name lengths the lock's `name_length` constraints allow (intersected with `maxLength`). */
export function nameLengthLimits(
  lock: LockCodeProperties,
  maxLength: number,
): { min: number; max: number } {
  let min = 0
  let max = maxLength
  for (const c of lock.code_constraints ?? []) {
    if (c.constraint_type !== 'name_length') continue
    if (c.min_length !== undefined) min = Math.max(min, c.min_length)
    if (c.max_length !== undefined) max = Math.min(max, c.max_length)
  }
  return { min, max }
}
