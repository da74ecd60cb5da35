import { describe, expect, it } from 'vitest'
import { renderHook } from '@testing-library/react'
import { dataTableColumnHelper, useDataTable, type DataTableState } from './use-data-table'

type Lock = { id: string; name: string }

const col = dataTableColumnHelper<Lock>()
const columns = col.columns([col.accessor('name', { header: 'Name', filterFn: 'facet' })])
const noop = () => {}
const locks: Lock[] = [
  { id: 'a', name: 'Front door' },
  { id: 'b', name: 'Back door' },
  { id: 'c', name: 'Garage' },
]

function tableWith(state: DataTableState, data = locks) {
  return renderHook(
    (props: { state: DataTableState; data: Lock[] }) =>
      useDataTable({ ...props, columns, onStateChange: noop, getRowId: (l) => l.id }),
    { initialProps: { state, data } },
  )
}

describe('createLeanFilteredRowModel', () => {
  it('hands back the core rows untouched when nothing filters', () => {
    const hook = tableWith({ sorting: [], columnFilters: [], globalFilter: '' })
    const table = hook.result.current
    const row = table.getCoreRowModel().rows[0]!
    const maps = [row.columnFilters, row.columnFiltersMeta]
    expect(table.getFilteredRowModel()).toBe(table.getCoreRowModel())
    // A data change does not give the unchanged rows new filter maps.
    hook.rerender({
      state: { sorting: [], columnFilters: [], globalFilter: '' },
      data: [...locks, { id: 'd', name: 'Shed' }],
    })
    const again = hook.result.current.getFilteredRowModel().rows
    expect(again).toHaveLength(4)
    expect(again[0]).toBe(row)
    expect([row.columnFilters, row.columnFiltersMeta]).toEqual(maps)
    expect(row.columnFilters).toBe(maps[0])
  })

  it('still filters by search and facets, and shows everything again once cleared', () => {
    const hook = tableWith({ sorting: [], columnFilters: [], globalFilter: 'door' })
    expect(hook.result.current.getRowModel().rows.map((r) => r.id)).toEqual(['a', 'b'])
    hook.rerender({
      state: { sorting: [], columnFilters: [{ id: 'name', value: ['Garage'] }], globalFilter: '' },
      data: locks,
    })
    expect(hook.result.current.getRowModel().rows.map((r) => r.id)).toEqual(['c'])
    hook.rerender({ state: { sorting: [], columnFilters: [], globalFilter: '' }, data: locks })
    expect(hook.result.current.getRowModel().rows.map((r) => r.id)).toEqual(['a', 'b', 'c'])
  })
})
