import { describe, expect, it } from 'vitest'
import {
  brokenCodeConstraint,
  CODE_CONSTRAINT_CHECKS,
  codeConstraintCheck,
  lockCodeProblem,
  nameLengthLimits,
  picksOwnCode,
  type CodeConstraintType,
} from './lock-code-rules'

const lock = (constraints: string[] = [], supported_code_lengths?: number[]) => ({
  supported_code_lengths,
  code_constraints: constraints.map((constraint_type) => ({ constraint_type })),
})

/** [type, codes it rejects, codes it accepts] */
const CASES: Record<CodeConstraintType, [string[], string[]]> = {
  no_zeros: [
    ['4051', '0000', '123450'],
    ['4751', '999999'],
  ],
  cannot_start_with_12: [
    ['1259', '120000'],
    ['2159', '1325', '4121'],
  ],
  no_triple_consecutive_ints: [
    ['47778', '0001', '4999'],
    ['47787', '1122', '4994'],
  ],
  no_ascending_or_descending_sequence: [
    ['3456', '98765', '0123', '456789'],
    ['3546', '98756', '1357', '2468', '1212'],
  ],
  at_least_three_unique_digits: [
    ['4544', '1111', '121212'],
    ['4564', '1231', '123'],
  ],
  cannot_contain_089: [
    ['4581', '4591', '4501'],
    ['4571', '1234567'],
  ],
  cannot_contain_0789: [
    ['4571', '4581', '4591', '4501'],
    ['4561', '123456'],
  ],
}

describe('code constraints', () => {
  it('has a check for each type Seam documents for a code on its own', () => {
    expect(Object.keys(CODE_CONSTRAINT_CHECKS).sort()).toEqual(Object.keys(CASES).sort())
  })

  for (const [type, [rejected, accepted]] of Object.entries(CASES)) {
    it(`${type}: rejects ${rejected.join(', ')}; accepts ${accepted.join(', ')}`, () => {
      for (const code of rejected) {
        expect(brokenCodeConstraint(code, lock([type]))).toEqual({
          type,
          message: codeConstraintCheck(type)!.message,
        })
        expect(lockCodeProblem(code, lock([type]))).toMatchObject({ kind: 'constraint', type })
      }
      for (const code of accepted) {
        expect(brokenCodeConstraint(code, lock([type]))).toBeNull()
        expect(lockCodeProblem(code, lock([type]))).toBeNull()
      }
    })
  }

  it('leaves types a code cannot break alone to the server', () => {
    for (const type of [
      'pin_code_matches_existing_set',
      'start_date_in_future',
      'name_length',
      'name_must_be_unique',
      'some_future_constraint',
      'toString',
    ]) {
      expect(codeConstraintCheck(type)).toBeUndefined()
      expect(lockCodeProblem('1111', lock([type]))).toBeNull()
    }
  })

  it('reports the first constraint broken, in the lock’s order', () => {
    expect(lockCodeProblem('1200', lock(['cannot_start_with_12', 'no_zeros']))).toMatchObject({
      type: 'cannot_start_with_12',
    })
    expect(lockCodeProblem('1200', lock(['no_zeros', 'cannot_start_with_12']))).toMatchObject({
      type: 'no_zeros',
    })
  })
})

describe('supported_code_lengths', () => {
  it('rejects other lengths, naming the supported ones', () => {
    expect(lockCodeProblem('4729', lock([], [6]))).toEqual({ kind: 'length', supported: [6] })
    expect(lockCodeProblem('472913', lock([], [6]))).toBeNull()
  })
  it('does not narrow the range when the lock declares none', () => {
    expect(lockCodeProblem('4729', lock([]))).toBeNull()
    expect(lockCodeProblem('4729', lock([], []))).toBeNull()
  })
  it('checks the length before the constraints', () => {
    expect(lockCodeProblem('4050', lock(['no_zeros'], [6]))).toMatchObject({ kind: 'length' })
  })
})

describe('cannot_specify_pin_code', () => {
  it('rejects any given code', () => {
    const lockly = lock(['cannot_specify_pin_code'], [6])
    expect(picksOwnCode(lockly)).toBe(true)
    expect(picksOwnCode(lock(['no_zeros']))).toBe(false)
    expect(lockCodeProblem('472913', lockly)).toEqual({ kind: 'picks_own_code' })
  })
  it('still holds the lock’s own codes to its other rules', () => {
    const lockly = lock(['cannot_specify_pin_code', 'no_zeros'], [6])
    expect(lockCodeProblem('472913', lockly, { generated: true })).toBeNull()
    expect(lockCodeProblem('472910', lockly, { generated: true })).toMatchObject({
      type: 'no_zeros',
    })
    expect(lockCodeProblem('4729', lockly, { generated: true })).toMatchObject({ kind: 'length' })
  })
})

describe('name_length', () => {
  it('intersects the lock’s limits with the general maximum', () => {
    const named = (min_length?: number, max_length?: number) => ({
      code_constraints: [{ constraint_type: 'name_length', min_length, max_length }],
    })
    expect(nameLengthLimits(named(3, 10), 200)).toEqual({ min: 3, max: 10 })
    expect(nameLengthLimits(named(undefined, 500), 200)).toEqual({ min: 0, max: 200 })
    expect(nameLengthLimits(named(2), 200)).toEqual({ min: 2, max: 200 })
    expect(nameLengthLimits(lock(['no_zeros']), 200)).toEqual({ min: 0, max: 200 })
  })
})
