import { describe, expect, it } from 'vitest'
import { renderHook } from '@testing-library/react'
import type { SortingState } from '@tanstack/react-table'
import { dataTableColumnHelper, useDataTable } from './use-data-table'

type Lock = { id: string; name: string }

const col = dataTableColumnHelper<Lock>()
const columns = col.columns([col.accessor('name', { header: 'Name' })])
const noop = () => {}

/** The real table hook (with Doorman's features) over `initial`; `setData` re-renders with new data. */
function tableOver(initial: Lock[], sorting: SortingState = []) {
  const state = { sorting, columnFilters: [], globalFilter: '' }
  const hook = renderHook(
    ({ data }: { data: Lock[] }) =>
      useDataTable({ data, columns, state, onStateChange: noop, getRowId: (l) => l.id }),
    { initialProps: { data: initial } },
  )
  return {
    get table() {
      return hook.result.current
    },
    setData: (data: Lock[]) => hook.rerender({ data }),
  }
}

const locks = (...names: string[]) => names.map((name, i) => ({ id: `l${i}`, name }))

describe('createReusingCoreRowModel', () => {
  it('keeps the Row of every unchanged item and builds one for a changed item', () => {
    const first = locks('Alpha', 'Bravo', 'Charlie')
    const t = tableOver(first)
    const before = t.table.getCoreRowModel().rows
    expect(before.map((r) => r.original.name)).toEqual(['Alpha', 'Bravo', 'Charlie'])

    const changed = { ...first[1]!, name: 'Bravo 2' }
    t.setData([first[0]!, changed, first[2]!])
    const after = t.table.getCoreRowModel().rows
    expect(after[0]).toBe(before[0])
    expect(after[2]).toBe(before[2])
    expect(after[1]).not.toBe(before[1])
    expect(after[1]!.getValue('name')).toBe('Bravo 2')
    expect(t.table.getCoreRowModel().rowsById['l1']).toBe(after[1])
  })

  it('drops removed items, updates positions, and sorts by the new data', () => {
    const first = locks('Charlie', 'Alpha', 'Bravo')
    const t = tableOver(first, [{ id: 'name', desc: false }])
    expect(t.table.getRowModel().rows.map((r) => r.original.name)).toEqual([
      'Alpha',
      'Bravo',
      'Charlie',
    ])
    const alpha = t.table.getCoreRowModel().rows[1]

    // Alpha moves to the front, Bravo is gone, Delta is new.
    const delta = { id: 'l9', name: 'Delta' }
    t.setData([first[1]!, first[0]!, delta])
    const core = t.table.getCoreRowModel()
    expect(core.rows[0]).toBe(alpha)
    expect(core.rows.map((r) => r.index)).toEqual([0, 1, 2])
    expect(core.rowsById['l2']).toBeUndefined()
    expect(t.table.getRowModel().rows.map((r) => r.original.name)).toEqual([
      'Alpha',
      'Charlie',
      'Delta',
    ])
  })

  it('does not reuse a Row whose id now belongs to a different object', () => {
    const t = tableOver([{ id: 'x', name: 'Old' }])
    const old = t.table.getCoreRowModel().rows[0]!
    expect(old.getValue('name')).toBe('Old')
    t.setData([{ id: 'x', name: 'New' }])
    expect(t.table.getCoreRowModel().rows[0]!.getValue('name')).toBe('New')
  })

  it('gives new Rows plain-object caches that still cache values and filter', () => {
    const t = tableOver(locks('Alpha', 'Bravo'))
    const row = t.table.getCoreRowModel().rows[0]! as unknown as Record<string, object>
    for (const key of ['_valuesCache', '_uniqueValuesCache', 'columnFilters', 'columnFiltersMeta'])
      expect(Object.getPrototypeOf(row[key])).toBe(Object.prototype)
    expect(t.table.getCoreRowModel().rows[1]!.getValue('name')).toBe('Bravo')
    expect(Object.keys(row['_valuesCache']!)).toEqual([])
    t.table.getCoreRowModel().rows[0]!.getValue('name')
    expect(row['_valuesCache']).toEqual({ name: 'Alpha' })
  })
})
