import { describe, expect, it } from 'vitest'
import {
  devicesSearchSchema,
  devicesSearchToTableState,
  tableStateToDevicesSearch,
} from './devices-search'

describe('devices search', () => {
  it('round-trips sort, search and facets through the URL shape', () => {
    const search = devicesSearchSchema.parse({
      q: 'lobby',
      sort: 'battery',
      dir: 'desc',
      online: 'offline',
      manufacturer: 'august,yale',
      issues: 'errors',
    })
    const state = devicesSearchToTableState(search)
    expect(state).toEqual({
      globalFilter: 'lobby',
      sorting: [{ id: 'battery', desc: true }],
      columnFilters: [
        { id: 'online', value: ['offline'] },
        { id: 'manufacturer', value: ['august', 'yale'] },
        { id: 'issues', value: ['errors'] },
      ],
    })
    expect(tableStateToDevicesSearch(state)).toEqual(search)
  })

  it('drops bad values instead of failing, and keeps numeric searches as text', () => {
    const search = devicesSearchSchema.parse({ q: 123, sort: 'nope', dir: 7, online: 'maybe' })
    expect(search).toEqual({ q: '123', sort: undefined, dir: undefined, online: 'maybe' })
    expect(devicesSearchToTableState(search)).toEqual({
      globalFilter: '123',
      sorting: [],
      columnFilters: [],
    })
  })
})
