import { describe, expect, it } from 'vitest'
import { codeProblem, codeRulesFor, describeCodeRules, listLengths } from './code-rules'

const lock = (supported_code_lengths?: number[], constraints: string[] = []) => ({
  properties: {
    online: true,
    supported_code_lengths,
    code_constraints: constraints.map((constraint_type) => ({ constraint_type })),
  },
})

describe('codeRulesFor', () => {
  it('defaults to Seam’s 4–9 digits', () => {
    expect(codeRulesFor([]).lengths).toEqual([4, 5, 6, 7, 8, 9])
    expect(codeRulesFor([lock()]).lengths).toEqual([4, 5, 6, 7, 8, 9])
  })
  it('intersects lengths and unites constraints', () => {
    const rules = codeRulesFor([
      lock([4, 5, 6], ['no_zeros']),
      lock([6, 7], ['cannot_start_with_12']),
    ])
    expect(rules.lengths).toEqual([6])
    expect(rules.constraints).toEqual(['cannot_start_with_12', 'no_zeros'])
    expect(codeRulesFor([lock([4]), lock([6])]).lengths).toEqual([])
  })
  it('knows locks that pick their own codes', () => {
    const rules = codeRulesFor([lock([6], ['cannot_specify_pin_code'])])
    expect(rules.canSpecifyCode).toBe(false)
    expect(codeProblem('123456', rules)).toMatch(/picks its own codes/)
  })
})

describe('codeProblem', () => {
  const check = (code: string, constraint: string) =>
    codeProblem(code, codeRulesFor([lock([4, 5, 6], [constraint])]))
  it('checks each documented constraint', () => {
    expect(check('1234', 'no_ascending_or_descending_sequence')).toMatch(/run of digits/)
    expect(check('6543', 'no_ascending_or_descending_sequence')).toMatch(/run of digits/)
    expect(check('1357', 'no_ascending_or_descending_sequence')).toBeNull()
    expect(check('1121', 'at_least_three_unique_digits')).toMatch(/three different/)
    expect(check('1231', 'at_least_three_unique_digits')).toBeNull()
    expect(check('1238', 'cannot_contain_089')).toMatch(/0, 8 or 9/)
    expect(check('1237', 'cannot_contain_0789')).toMatch(/0, 7, 8 or 9/)
    expect(check('1234', 'some_future_constraint')).toBeNull()
  })
})

describe('wording', () => {
  it('lists lengths readably', () => {
    expect(listLengths([6])).toBe('6')
    expect(listLengths([4, 6])).toBe('4 or 6')
    expect(listLengths([4, 5, 6, 7, 8])).toBe('4–8')
    expect(listLengths([4, 6, 8])).toBe('4, 6 or 8')
    expect(describeCodeRules(codeRulesFor([lock([6], ['no_zeros'])]))).toBe(
      '6 digits; cannot contain 0. Leave blank to let Seam choose.',
    )
  })
})
