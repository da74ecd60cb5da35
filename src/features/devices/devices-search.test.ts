import { describe, expect, it } from 'vitest'
import { devicesSearch } from './devices-search'

describe('devices search', () => {
  it('round-trips sort, search and facets through the URL shape', () => {
    const search = devicesSearch.schema.parse({
      q: 'lobby',
      sort: 'battery',
      dir: 'desc',
      online: 'offline',
      manufacturer: 'august,yale',
      issues: 'errors',
    })
    const state = devicesSearch.toTableState(search)
    expect(state).toEqual({
      globalFilter: 'lobby',
      sorting: [{ id: 'battery', desc: true }],
      columnFilters: [
        { id: 'online', value: ['offline'] },
        { id: 'manufacturer', value: ['august', 'yale'] },
        { id: 'issues', value: ['errors'] },
      ],
    })
    expect(devicesSearch.fromTableState(state)).toEqual(search)
  })

  it('drops bad values instead of failing, and keeps numeric searches as text', () => {
    const search = devicesSearch.schema.parse({ q: 123, sort: 'nope', dir: 7, online: 'maybe' })
    expect(search).toEqual({ q: '123', sort: undefined, dir: undefined, online: 'maybe' })
    expect(devicesSearch.toTableState(search)).toEqual({
      globalFilter: '123',
      sorting: [],
      columnFilters: [],
    })
  })
})
