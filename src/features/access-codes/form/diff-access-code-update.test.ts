import { describe, expect, it } from 'vitest'
import { accessCodeSchema, type AccessCode } from '@/api/schemas/access-code'
import { updateAccessCodeInputSchema } from '@/api/schemas/access-code-inputs'
import type { AccessCodeDraft } from './access-code-form-schema'
import { diffAccessCodeUpdate, hasChanges } from './diff-access-code-update'

const NY = 'America/New_York'

function code(over: Record<string, unknown> = {}): AccessCode {
  return accessCodeSchema.parse({
    access_code_id: 'c1',
    device_id: 'd1',
    name: 'Guest',
    code: '1234',
    type: 'ongoing',
    status: 'set',
    created_at: '2026-07-01T00:00:00.000Z',
    ...over,
  })
}
const timeBoundCode = (over: Record<string, unknown> = {}) =>
  code({
    type: 'time_bound',
    starts_at: '2026-07-15T13:00:00.000Z',
    ends_at: '2026-07-16T15:00:00.000Z',
    ...over,
  })

const draft = (over: Partial<AccessCodeDraft> = {}): AccessCodeDraft => ({
  device_ids: ['d1'],
  name: 'Guest',
  code: '1234',
  type: 'ongoing',
  ...over,
})

/** Every diff must be a request the server accepts. */
function expectValidRequest(changes: object) {
  expect(updateAccessCodeInputSchema.safeParse({ access_code_id: 'c1', ...changes }).success).toBe(
    true,
  )
}

describe('diffAccessCodeUpdate', () => {
  it('sends nothing when nothing changed', () => {
    expect(diffAccessCodeUpdate(code(), draft(), NY)).toEqual({})
    expect(hasChanges({})).toBe(false)
    const tb = timeBoundCode()
    expect(
      diffAccessCodeUpdate(
        tb,
        draft({ type: 'time_bound', starts_at: tb.starts_at!, ends_at: tb.ends_at! }),
        NY,
      ),
    ).toEqual({})
  })

  it('sends only the changed name or code', () => {
    expect(diffAccessCodeUpdate(code(), draft({ name: 'Cleaner' }), NY)).toEqual({
      name: 'Cleaner',
    })
    expect(diffAccessCodeUpdate(code(), draft({ code: '5678' }), NY)).toEqual({ code: '5678' })
    expect(diffAccessCodeUpdate(code({ name: null }), draft({ name: 'New' }), NY)).toEqual({
      name: 'New',
    })
  })

  it('ongoing → time-bound sends both times (Seam’s “Modifying access codes” page)', () => {
    const changes = diffAccessCodeUpdate(
      code(),
      draft({
        type: 'time_bound',
        starts_at: '2026-08-01T16:00:00.000Z',
        ends_at: '2026-08-22T12:00:00.000Z',
      }),
      NY,
    )
    expect(changes).toEqual({
      starts_at: '2026-08-01T16:00:00.000Z',
      ends_at: '2026-08-22T12:00:00.000Z',
    })
    expectValidRequest(changes)
  })

  it('time-bound → ongoing sends only type: "ongoing" (Seam’s “Modifying access codes” page)', () => {
    const changes = diffAccessCodeUpdate(timeBoundCode(), draft({ type: 'ongoing' }), NY)
    expect(changes).toEqual({ type: 'ongoing' })
    expectValidRequest(changes)
    expect(
      diffAccessCodeUpdate(timeBoundCode(), draft({ type: 'ongoing', name: 'X' }), NY),
    ).toEqual({
      type: 'ongoing',
      name: 'X',
    })
  })

  it('time-bound → time-bound sends only the time that moved', () => {
    const tb = timeBoundCode()
    const later = '2026-07-20T15:00:00.000Z'
    const changes = diffAccessCodeUpdate(
      tb,
      draft({ type: 'time_bound', starts_at: tb.starts_at!, ends_at: later }),
      NY,
    )
    expect(changes).toEqual({ ends_at: later })
    expectValidRequest(changes)
  })

  it('ignores seconds the form cannot show', () => {
    const tb = timeBoundCode({ starts_at: '2026-07-15T13:00:42.123Z' })
    expect(
      diffAccessCodeUpdate(
        tb,
        draft({ type: 'time_bound', starts_at: '2026-07-15T13:00:00.000Z', ends_at: tb.ends_at! }),
        NY,
      ),
    ).toEqual({})
  })

  it('does not move an untouched time stored in the second reading of a fall-back hour', () => {
    // 06:30Z is 01:30 EST, the second 01:30 of 1 Nov 2026 in New York. The form shows 01:30 and,
    // read back, gives the first reading (05:30Z). Untouched, that must not count as a change.
    const tb = timeBoundCode({
      starts_at: '2026-11-01T06:30:00.000Z',
      ends_at: '2026-11-03T15:00:00.000Z',
    })
    expect(
      diffAccessCodeUpdate(
        tb,
        draft({ type: 'time_bound', starts_at: '2026-11-01T05:30:00.000Z', ends_at: tb.ends_at! }),
        NY,
      ),
    ).toEqual({})
  })

  it('sends a backup-pool change only when it differs', () => {
    const tb = timeBoundCode()
    const same = { type: 'time_bound' as const, starts_at: tb.starts_at!, ends_at: tb.ends_at! }
    expect(
      diffAccessCodeUpdate(tb, draft({ ...same, use_backup_access_code_pool: false }), NY),
    ).toEqual({})
    expect(
      diffAccessCodeUpdate(tb, draft({ ...same, use_backup_access_code_pool: true }), NY),
    ).toEqual({
      use_backup_access_code_pool: true,
    })
  })

  it('sends a plain field (named as the code names it) only when it differs, with no rule of its own', () => {
    // A field the form does not have yet, as a new one would arrive: only the form schema adds it.
    const withField = (value: boolean) =>
      ({ ...draft(), is_one_time_use: value }) as AccessCodeDraft
    expect(diffAccessCodeUpdate(code({ is_one_time_use: false }), withField(false), NY)).toEqual({})
    const changes = diffAccessCodeUpdate(code({ is_one_time_use: false }), withField(true), NY)
    expect(changes).toEqual({ is_one_time_use: true })
    expectValidRequest(changes)
  })

  it('refuses a time-bound draft without times', () => {
    expect(() => diffAccessCodeUpdate(code(), draft({ type: 'time_bound' }), NY)).toThrow()
  })
})
