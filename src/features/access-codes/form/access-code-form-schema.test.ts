import { describe, expect, it } from 'vitest'
import { NAME_MAX_LENGTH } from '@/api/schemas/access-code-inputs'
import {
  accessCodeFormDefaults,
  accessCodeFormSchema,
  ambiguityNote,
  IMPOSSIBLE_DATE,
  type AccessCodeFormContext,
  type AccessCodeFormValues,
} from './access-code-form-schema'
import { buildAccessCode } from '@/testing/access-code-factory'
import { codeRulesFor } from './code-rules'

const NOW = Date.parse('2026-03-01T12:00:00Z')
const NY = 'America/New_York'

const lock = (lengths: number[], constraints: string[] = []) => ({
  properties: {
    online: true,
    supported_code_lengths: lengths,
    code_constraints: constraints.map((constraint_type) => ({ constraint_type })),
  },
})

function ctx(over: Partial<AccessCodeFormContext> = {}): AccessCodeFormContext {
  return {
    mode: 'create',
    timeZone: NY,
    rules: codeRulesFor([lock([4, 5, 6, 7, 8])]),
    backupPoolSupported: true,
    now: () => NOW,
    ...over,
  }
}

const valid: AccessCodeFormValues = {
  device_ids: ['d1'],
  name: 'Cleaner',
  code: '',
  type: 'ongoing',
  starts_at: '',
  ends_at: '',
  use_backup_access_code_pool: false,
}

function errors(values: Partial<AccessCodeFormValues>, c = ctx()): Record<string, string> {
  const r = accessCodeFormSchema(c).safeParse({ ...valid, ...values })
  if (r.success) return {}
  return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]))
}
function parse(values: Partial<AccessCodeFormValues>, c = ctx()) {
  return accessCodeFormSchema(c).parse({ ...valid, ...values })
}

const timeBound = {
  type: 'time_bound' as const,
  starts_at: '2026-03-10T15:00',
  ends_at: '2026-03-12T11:00',
}

describe('access code form schema', () => {
  it('turns a valid ongoing form into a draft without times', () => {
    expect(parse({ name: '  Cleaner  ', code: ' 1234 ' })).toEqual({
      device_ids: ['d1'],
      name: 'Cleaner',
      code: '1234',
      type: 'ongoing',
    })
    // Times typed before switching back to ongoing are dropped, not sent.
    expect(parse({ ...timeBound, type: 'ongoing' })).not.toHaveProperty('starts_at')
  })

  it('turns wall times in the lock zone into UTC instants', () => {
    expect(parse({ ...timeBound, use_backup_access_code_pool: true })).toEqual({
      device_ids: ['d1'],
      name: 'Cleaner',
      type: 'time_bound',
      starts_at: '2026-03-10T19:00:00.000Z', // EDT after 8 March
      ends_at: '2026-03-12T15:00:00.000Z',
      use_backup_access_code_pool: true,
    })
    expect(parse(timeBound, ctx({ timeZone: 'Europe/London' })).starts_at).toBe(
      '2026-03-10T15:00:00.000Z',
    )
  })

  it('requires at least one lock on create only', () => {
    expect(errors({ device_ids: [] })).toEqual({ device_ids: 'Choose at least one device' })
    expect(errors({ device_ids: [] }, ctx({ mode: 'edit' }))).toEqual({})
  })

  it('flags locks that cannot share a code', () => {
    const rules = codeRulesFor([lock([4]), lock([6])])
    expect(errors({ device_ids: ['a', 'b'] }, ctx({ rules })).device_ids).toMatch(
      /no code length in common/,
    )
  })

  it('requires a name and enforces the shared maximum', () => {
    expect(errors({ name: '' }).name).toMatch(/Enter a name/)
    expect(errors({ name: '    ' }).name).toMatch(/Enter a name/)
    expect(errors({ name: 'x'.repeat(NAME_MAX_LENGTH + 1) }).name).toBe(
      `Name must be at most ${NAME_MAX_LENGTH} characters`,
    )
    expect(errors({ name: 'x'.repeat(10_000) }).name).toMatch(/at most/)
    expect(errors({ name: 'x'.repeat(NAME_MAX_LENGTH) })).toEqual({})
  })

  it('accepts any text as a name (it is rendered as text, never as HTML)', () => {
    for (const name of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '🔑 Guest 🏠',
      'ضيف الغرفة ٣',
      'O\'Brien & "Sons"',
    ]) {
      expect(parse({ name }).name).toBe(name)
    }
  })

  it("honours a lock's name_length constraint", () => {
    const rules = codeRulesFor([
      {
        properties: {
          online: true,
          code_constraints: [{ constraint_type: 'name_length', min_length: 3, max_length: 10 }],
        },
      },
    ])
    expect(errors({ name: 'ab' }, ctx({ rules })).name).toMatch(/at least 3/)
    expect(errors({ name: 'abcdefghijk' }, ctx({ rules })).name).toMatch(/at most 10/)
  })

  it('checks the code: digits only, shared bounds, lock lengths and constraints', () => {
    expect(errors({ code: '12a4' }).code).toBe('Code must contain digits only')
    expect(errors({ code: '١٢٣٤' }).code).toBe('Code must contain digits only') // Arabic-Indic digits
    expect(errors({ code: '12 34' }).code).toBe('Code must contain digits only')
    expect(errors({ code: '-123' }).code).toBe('Code must contain digits only')
    expect(errors({ code: '123' }).code).toBe('Code must be at least 4 digits')
    expect(errors({ code: '1'.repeat(10_000) }).code).toBe('Code must be at most 9 digits')
    expect(errors({ code: '123456789' }).code).toMatch(/Use 4–8 digits.*you entered 9/)
    const nuki = ctx({ rules: codeRulesFor([lock([6], ['no_zeros', 'cannot_start_with_12'])]) })
    expect(errors({ code: '1234' }, nuki).code).toMatch(/Use 6 digits/)
    expect(errors({ code: '345670' }, nuki).code).toBe('Codes on this lock cannot contain 0.')
    expect(errors({ code: '123456' }, nuki).code).toBe('Codes on this lock cannot start with 12.')
    expect(errors({ code: '345678' }, nuki)).toEqual({})
    const schlage = ctx({
      rules: codeRulesFor([lock([4, 5, 6, 7, 8], ['no_triple_consecutive_ints'])]),
    })
    expect(errors({ code: '1112' }, schlage).code).toMatch(/three times in a row/)
  })

  it('uses the intersection of lengths for a shared code', () => {
    const rules = codeRulesFor([lock([4, 5, 6]), lock([6, 7, 8])])
    expect(errors({ device_ids: ['a', 'b'], code: '1234' }, ctx({ rules })).code).toMatch(
      /Use 6 digits: every chosen lock/,
    )
    expect(errors({ device_ids: ['a', 'b'], code: '123456' }, ctx({ rules }))).toEqual({})
  })

  it('leaves the code optional on create but not when editing a code that has one', () => {
    expect(errors({ code: '' })).toEqual({})
    expect(errors({ code: '' }, ctx({ mode: 'edit', codeRequired: true })).code).toMatch(
      /Enter a code/,
    )
  })

  it('requires both times for a time-bound code', () => {
    expect(errors({ type: 'time_bound' })).toEqual({
      starts_at: 'Enter the start date and time.',
      ends_at: 'Enter the end date and time.',
    })
    expect(errors({ ...timeBound, ends_at: '' })).toEqual({
      ends_at: 'Enter the end date and time.',
    })
  })

  it('rejects impossible and malformed dates', () => {
    expect(errors({ ...timeBound, starts_at: '2026-02-30T10:00' }).starts_at).toMatch(/real date/)
    expect(errors({ ...timeBound, ends_at: '2026-13-01T10:00' }).ends_at).toMatch(/real date/)
    expect(errors({ ...timeBound, ends_at: 'next tuesday' }).ends_at).toMatch(/real date/)
    expect(errors({ ...timeBound, starts_at: IMPOSSIBLE_DATE })).toEqual({
      starts_at: 'Enter a real date and time: that start date does not exist.',
    })
  })

  it('rejects a wall time skipped by daylight saving', () => {
    const e = errors({ ...timeBound, starts_at: '2026-03-08T02:30' })
    expect(e.starts_at).toBe(
      '02:30 does not exist on 2026-03-08 in America/New_York: the clocks skip ahead that night. Choose a time after the change.',
    )
    expect(errors({ ...timeBound, starts_at: '2026-03-08T03:30' })).toEqual({})
  })

  it('resolves a repeated fall-back wall time to the first reading and explains it', () => {
    const draft = parse({
      ...timeBound,
      starts_at: '2026-11-01T01:30',
      ends_at: '2026-11-02T10:00',
    })
    expect(draft.starts_at).toBe('2026-11-01T05:30:00.000Z')
    expect(ambiguityNote('2026-11-01T01:30', NY)).toMatch(/happens twice.*1:30.*EDT/)
    expect(ambiguityNote('2026-11-01T03:30', NY)).toBeNull()
  })

  it('needs the end after the start and in the future', () => {
    expect(errors({ ...timeBound, ends_at: '2026-03-10T14:00' })).toEqual({
      ends_at: 'The end must be after the start.',
    })
    expect(errors({ ...timeBound, ends_at: timeBound.starts_at })).toEqual({
      ends_at: 'The end must be after the start.',
    })
    expect(
      errors({ type: 'time_bound', starts_at: '2026-02-01T10:00', ends_at: '2026-02-20T10:00' }),
    ).toEqual({ ends_at: 'The end must be in the future.' })
    // A start in the past is fine while the end is ahead (a code already running).
    expect(
      errors({ type: 'time_bound', starts_at: '2026-02-01T10:00', ends_at: '2026-03-02T10:00' }),
    ).toEqual({})
  })

  it('refuses the backup pool where a lock lacks it', () => {
    expect(
      errors(
        { ...timeBound, use_backup_access_code_pool: true },
        ctx({ backupPoolSupported: false }),
      ),
    ).toEqual({
      use_backup_access_code_pool: 'Not every chosen lock supports the backup code pool.',
    })
    expect(parse(timeBound, ctx({ backupPoolSupported: false }))).not.toHaveProperty(
      'use_backup_access_code_pool',
    )
  })

  it('reports every broken field at once', () => {
    expect(
      Object.keys(errors({ device_ids: [], name: '', code: 'abc', type: 'time_bound' })).sort(),
    ).toEqual(['code', 'device_ids', 'ends_at', 'name', 'starts_at'])
  })
})

describe('accessCodeFormDefaults', () => {
  it('shows an existing code’s times as wall times in the lock zone', () => {
    const existing = buildAccessCode({
      access_code_id: 'c1',
      device_id: 'd1',
      name: 'Guest',
      type: 'time_bound',
      starts_at: '2026-07-15T13:00:00.000Z',
      ends_at: '2026-07-16T15:00:00.000Z',
    })
    expect(accessCodeFormDefaults({ existing, timeZone: NY })).toEqual({
      device_ids: ['d1'],
      name: 'Guest',
      code: '1234',
      type: 'time_bound',
      starts_at: '2026-07-15T09:00',
      ends_at: '2026-07-16T11:00',
      use_backup_access_code_pool: false,
    })
  })

  it('starts blank on create, with the preselected locks', () => {
    expect(accessCodeFormDefaults({ deviceIds: ['d9'], timeZone: NY })).toMatchObject({
      device_ids: ['d9'],
      name: '',
      type: 'ongoing',
    })
  })

  it('a window chosen on a timeline prefills a time-bound code in the lock zone', () => {
    expect(
      accessCodeFormDefaults({
        deviceIds: ['d1'],
        timeZone: NY,
        window: { startsAt: '2026-03-07T20:00:00.000Z', endsAt: '2026-03-09T15:00:00.000Z' },
      }),
    ).toMatchObject({
      device_ids: ['d1'],
      type: 'time_bound',
      starts_at: '2026-03-07T15:00', // EST
      ends_at: '2026-03-09T11:00', // EDT: the clocks went forward on the 8th
    })
  })
})
