import { describe, expect, it } from 'vitest'
import { deviceSchema, type Device } from '@/api/schemas/device'
import { buildAccessCode } from '@/testing/access-code-factory'
import { IMPORT_COLUMNS, type ImportRow, type ImportRowValues } from './import-format'
import { validateImport, type ValidationContext } from './validate-import'

function lock(id: string, name: string, properties: Record<string, unknown> = {}): Device {
  return deviceSchema.parse({
    device_id: id,
    device_type: 'august_lock',
    display_name: name,
    properties: { online: true, supported_code_lengths: [4, 5, 6], ...properties },
    location: { location_name: 'Harborview', timezone: 'America/New_York' },
    created_at: '2026-01-01T00:00:00Z',
    workspace_id: 'ws',
  })
}

const front = lock('dev-1', 'Front door', { supports_backup_access_code_pool: true })
const back = lock('dev-2', 'Back door', { online: false })
const nuki = lock('dev-3', 'Nuki', { code_constraints: [{ constraint_type: 'no_zeros' }] })
const lockly = lock('dev-4', 'Lockly', {
  code_constraints: [{ constraint_type: 'cannot_specify_pin_code' }],
})
const twinA = lock('dev-5', 'Unit 2')
const twinB = lock('dev-6', 'Unit 2')

const ctx: ValidationContext = {
  devices: [front, back, nuki, lockly, twinA, twinB],
  existingCodes: [],
  now: Date.parse('2026-03-01T00:00:00Z'),
  viewerTimeZone: 'Europe/Berlin',
}

function rows(...values: Partial<ImportRowValues>[]): ImportRow[] {
  return values.map((v, i) => ({
    rowNumber: i + 2,
    values: { ...Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])), ...v } as ImportRowValues,
    cellCountProblem: null,
  }))
}

const one = (v: Partial<ImportRowValues>, context = ctx) => validateImport(rows(v), context)[0]!
const errorsOf = (v: Partial<ImportRowValues>, context = ctx) =>
  one(v, context)
    .issues.filter((i) => i.level === 'error')
    .map((i) => [i.column, i.message])

describe('validateImport: a row is checked with the form’s rules', () => {
  it('turns a good row into the create request, wall times read in the lock’s zone', () => {
    const row = one({
      lock: 'Front door',
      name: ' Guest: Smith ',
      code: '4821',
      starts_at: '2026-07-01 15:00',
      ends_at: '2026-07-05T11:00',
      use_backup_access_code_pool: 'TRUE',
    })
    expect(row.state).toBe('ready')
    expect(row.issues).toEqual([])
    expect(row.request).toEqual({
      device_id: 'dev-1',
      name: 'Guest: Smith',
      code: '4821',
      // New York is UTC−4 in July.
      starts_at: '2026-07-01T19:00:00.000Z',
      ends_at: '2026-07-05T15:00:00.000Z',
      use_backup_access_code_pool: true,
    })
  })

  it('takes ISO 8601 with an offset as it is, and a device id for the lock', () => {
    const row = one({
      lock: 'dev-1',
      name: 'Cleaner',
      starts_at: '2026-07-01T15:00:00+02:00',
      ends_at: '2026-07-01T18:00Z',
    })
    expect(row.request).toMatchObject({
      starts_at: '2026-07-01T13:00:00.000Z',
      ends_at: '2026-07-01T18:00:00.000Z',
    })
  })

  it('empty times make an ongoing code', () => {
    expect(one({ lock: 'Front door', name: 'Cleaner' }).request).toEqual({
      device_id: 'dev-1',
      name: 'Cleaner',
    })
  })

  it('says when the lock is missing, unknown or ambiguous', () => {
    expect(errorsOf({ name: 'x' })).toEqual([
      ['lock', 'Enter the lock’s device id or its exact name.'],
    ])
    expect(errorsOf({ lock: 'front door', name: 'x' })[0]![1]).toMatch(
      /No lock has the id or name "front door"\. Names must match exactly/,
    )
    expect(errorsOf({ lock: 'Unit 2', name: 'x' })[0]![1]).toBe(
      '2 locks are named "Unit 2". Use the device id instead.',
    )
  })

  it('an offline lock is a warning, not an error', () => {
    const row = one({ lock: 'Back door', name: 'Cleaner' })
    expect(row.state).toBe('ready')
    expect(row.issues).toEqual([
      { column: 'lock', level: 'warning', message: expect.stringMatching(/offline/) },
    ])
  })

  it('checks the PIN against the lock: digits, length, constraints, locks that pick their own', () => {
    expect(errorsOf({ lock: 'Front door', name: 'a', code: '12ab' })).toEqual([
      ['code', 'Code must contain digits only.'],
    ])
    expect(errorsOf({ lock: 'Front door', name: 'a', code: '1234567' })).toEqual([
      ['code', 'Use 4, 5 or 6 digits: this lock accepts only those lengths (this code has 7).'],
    ])
    expect(errorsOf({ lock: 'Nuki', name: 'a', code: '1034' })).toEqual([
      ['code', 'Codes on this lock cannot contain 0.'],
    ])
    expect(errorsOf({ lock: 'Lockly', name: 'a', code: '4821' })).toEqual([
      ['code', 'This lock picks its own codes. Leave the code empty.'],
    ])
    expect(one({ lock: 'Lockly', name: 'a' }).state).toBe('ready')
  })

  it('needs a name, within the schema’s length', () => {
    expect(errorsOf({ lock: 'Front door', name: '  ' })).toEqual([
      ['name', 'Enter a name, e.g. "Cleaner" or "Guest: Smith".'],
    ])
    expect(errorsOf({ lock: 'Front door', name: 'x'.repeat(201) })).toEqual([
      ['name', 'Name must be at most 200 characters'],
    ])
  })

  it('keeps HTML and formulas in names as text, warning about formulas', () => {
    const html = one({ lock: 'Front door', name: '<b onmouseover=alert(1)>x</b>' })
    expect(html.request?.name).toBe('<b onmouseover=alert(1)>x</b>')
    const formula = one({ lock: 'Front door', name: '=HYPERLINK("http://x")' })
    expect(formula.state).toBe('ready')
    expect(formula.request?.name).toBe('=HYPERLINK("http://x")')
    expect(formula.issues).toEqual([
      { column: 'name', level: 'warning', message: expect.stringMatching(/plain text/) },
    ])
  })

  it('checks the window: both or neither, real times, end after start and in the future', () => {
    expect(errorsOf({ lock: 'Front door', name: 'a', starts_at: '2026-07-01T15:00' })).toEqual([
      ['ends_at', 'Give both starts_at and ends_at, or leave both empty for an ongoing code.'],
    ])
    expect(
      errorsOf({
        lock: 'Front door',
        name: 'a',
        starts_at: '01/07/2026',
        ends_at: '2026-02-30T10:00',
      }),
    ).toEqual([
      ['starts_at', expect.stringMatching(/^Write a date and time such as/)],
      ['ends_at', '2026-02-30 10:00 is not a real date and time.'],
    ])
    expect(
      errorsOf({
        lock: 'Front door',
        name: 'a',
        starts_at: '2026-07-02T10:00',
        ends_at: '2026-07-01T10:00',
      }),
    ).toEqual([['ends_at', 'The end must be after the start.']])
    expect(
      errorsOf({
        lock: 'Front door',
        name: 'a',
        starts_at: '2026-01-01T10:00',
        ends_at: '2026-01-02T10:00',
      }),
    ).toEqual([['ends_at', 'The end must be in the future.']])
  })

  it('reports a wall time that a DST change skips, and notes one that happens twice', () => {
    expect(
      errorsOf({
        lock: 'Front door',
        name: 'a',
        starts_at: '2026-03-08T02:30',
        ends_at: '2026-03-09T10:00',
      }),
    ).toEqual([
      [
        'starts_at',
        '02:30 does not exist on 2026-03-08 in America/New_York: the clocks skip ahead that night. Choose a time after the change.',
      ],
    ])
    const twice = one({
      lock: 'Front door',
      name: 'a',
      starts_at: '2026-11-01T01:30',
      ends_at: '2026-11-02T10:00',
    })
    expect(twice.state).toBe('ready')
    expect(twice.issues[0]).toMatchObject({ column: 'starts_at', level: 'warning' })
    expect(twice.request?.starts_at).toBe('2026-11-01T05:30:00.000Z')
  })

  it('reads the backup pool column and checks the lock supports it', () => {
    const times = { starts_at: '2026-07-01T15:00', ends_at: '2026-07-02T15:00' }
    expect(
      errorsOf({ lock: 'Front door', name: 'a', ...times, use_backup_access_code_pool: 'maybe' }),
    ).toEqual([['use_backup_access_code_pool', 'Write true or false, or leave it empty.']])
    expect(
      errorsOf({ lock: 'Nuki', name: 'a', ...times, use_backup_access_code_pool: 'yes' }),
    ).toEqual([['use_backup_access_code_pool', 'This lock does not support the backup code pool.']])
    expect(
      errorsOf({ lock: 'Front door', name: 'a', use_backup_access_code_pool: 'true' }),
    ).toEqual([
      ['use_backup_access_code_pool', 'Only a time-bound code can use the backup code pool.'],
    ])
    expect(
      one({ lock: 'Front door', name: 'a', use_backup_access_code_pool: 'no' }).request,
    ).toEqual({
      device_id: 'dev-1',
      name: 'a',
    })
  })

  it('a row the file breaks (wrong cell count) is not sent', () => {
    const [row] = validateImport(
      [
        {
          ...rows({ lock: 'Front door', name: 'a' })[0]!,
          cellCountProblem: 'This row has 2 cells',
        },
      ],
      ctx,
    )
    expect(row!.state).toBe('invalid')
    expect(row!.issues).toEqual([
      { column: 'lock', level: 'error', message: 'This row has 2 cells' },
    ])
  })
})

describe('validateImport: across rows and against the lock', () => {
  it('a duplicate PIN on one lock inside the file is an error on the later row only', () => {
    const result = validateImport(
      rows(
        { lock: 'Front door', name: 'A', code: '4821' },
        { lock: 'Back door', name: 'B', code: '4821' },
        { lock: 'dev-1', name: 'C', code: '4821' },
      ),
      ctx,
    )
    expect(result.map((r) => r.state)).toEqual(['ready', 'ready', 'invalid'])
    expect(result[2]!.issues).toEqual([
      {
        column: 'code',
        level: 'error',
        message:
          'Row 2 already gives this lock the same PIN. Each code on a lock needs its own PIN.',
      },
    ])
  })

  it('the same code twice in the file is sent once', () => {
    const result = validateImport(
      rows({ lock: 'Front door', name: 'Cleaner' }, { lock: 'dev-1', name: 'Cleaner ' }),
      ctx,
    )
    expect(result.map((r) => r.state)).toEqual(['ready', 'invalid'])
    expect(result[1]!.issues[0]!.message).toBe(
      'Row 2 already gives this lock a code with this name and times.',
    )
  })
})

describe('validateImport: idempotency', () => {
  const existing = [
    buildAccessCode({ access_code_id: 'ac-ongoing', device_id: 'dev-1', name: 'Cleaner' }),
    buildAccessCode({
      access_code_id: 'ac-stay',
      device_id: 'dev-1',
      name: 'Guest: Smith',
      type: 'time_bound',
      starts_at: '2026-07-01T19:00:00.000Z',
      ends_at: '2026-07-05T15:00:00Z',
    }),
  ]
  const withExisting = { ...ctx, existingCodes: existing }

  it('a row matching a code on the same lock with the same name and window already exists', () => {
    const result = validateImport(
      rows(
        { lock: 'Front door', name: 'Cleaner' },
        {
          lock: 'Front door',
          name: 'Guest: Smith',
          starts_at: '2026-07-01T15:00',
          ends_at: '2026-07-05T11:00',
        },
        // The same instants written with an offset instead of the lock's wall time.
        {
          lock: 'dev-1',
          name: 'Guest: Smith',
          starts_at: '2026-07-01T19:00Z',
          ends_at: '2026-07-05T17:00+02:00',
        },
      ),
      withExisting,
    )
    expect(result.map((r) => [r.state, r.existingId])).toEqual([
      ['exists', 'ac-ongoing'],
      ['exists', 'ac-stay'],
      ['exists', 'ac-stay'],
    ])
  })

  it('another lock, name or window is a new code', () => {
    const result = validateImport(
      rows(
        { lock: 'Back door', name: 'Cleaner' },
        { lock: 'Front door', name: 'cleaner' },
        {
          lock: 'Front door',
          name: 'Cleaner',
          starts_at: '2026-07-01T15:00',
          ends_at: '2026-07-05T11:00',
        },
        {
          lock: 'Front door',
          name: 'Guest: Smith',
          starts_at: '2026-07-01T15:00',
          ends_at: '2026-07-05T11:30',
        },
      ),
      withExisting,
    )
    expect(result.map((r) => r.state)).toEqual(['ready', 'ready', 'ready', 'ready'])
  })
})
