import { describe, expect, it } from 'vitest'
import { auditSearchSchema } from '../audit-search'
import { customRangeError } from '@/lib/time/log-ranges'
import { auditListFilters, clearedAuditSearch, hasAuditFilters } from './audit-filters'

const parse = (search: Record<string, unknown>) => auditSearchSchema.parse(search)
const NOW = Date.parse('2026-12-02T12:00:00.000Z')

describe('auditSearchSchema', () => {
  it('keeps valid filters and drops what does not fit, so stale links still open', () => {
    expect(
      parse({
        actor: ' Ana@Example.com ',
        device_id: 'dev_1',
        access_code_id: 'ac_1',
        range: 'custom',
        from: '2026-12-01T00:00:00.000Z',
        to: 'yesterday',
      }),
    ).toEqual({
      actor: 'Ana@Example.com',
      action: undefined,
      device_id: 'dev_1',
      access_code_id: 'ac_1',
      range: 'custom',
      from: '2026-12-01T00:00:00.000Z',
      to: undefined,
    })
    // Nothing usable: every filter falls back to "not set", the same as Clear filters.
    expect(parse({ range: 'forever', actor: '', action: 42 })).toEqual(clearedAuditSearch)
  })
})

describe('auditListFilters', () => {
  it('sends only what is set, the actor in lower case', () => {
    expect(auditListFilters(parse({ actor: 'Ana@Example.com', action: 'login' }), NOW)).toEqual({
      actor: 'ana@example.com',
      action: 'login',
    })
    expect(auditListFilters(parse({}), NOW)).toEqual({})
  })

  it('resolves a relative range against now', () => {
    expect(auditListFilters(parse({ range: '24h', device_id: 'd' }), NOW)).toEqual({
      device_id: 'd',
      since: '2026-12-01T12:00:00.000Z',
    })
  })

  it('sends a custom range as ISO instants, and leaves out one that ends before it starts', () => {
    const custom = parse({
      range: 'custom',
      from: '2026-12-01T08:00:00+01:00',
      to: '2026-12-02T00:00:00.000Z',
    })
    expect(auditListFilters(custom, NOW)).toEqual({
      since: '2026-12-01T07:00:00.000Z',
      until: '2026-12-02T00:00:00.000Z',
    })
    const backwards = parse({
      range: 'custom',
      from: '2026-12-02T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    })
    expect(customRangeError(backwards)).toBe('The end must be after the start.')
    expect(auditListFilters(backwards, NOW)).toEqual({})
    expect(
      auditListFilters(parse({ range: 'custom', to: '2026-12-01T00:00:00.000Z' }), NOW),
    ).toEqual({ until: '2026-12-01T00:00:00.000Z' })
  })

  it('knows when anything narrows the log', () => {
    expect(hasAuditFilters(parse({}))).toBe(false)
    expect(hasAuditFilters(parse({ range: '7d' }))).toBe(true)
    expect(hasAuditFilters(parse({ access_code_id: 'ac' }))).toBe(true)
  })
})
