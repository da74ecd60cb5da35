import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DataTableToolbar } from './data-table-toolbar'
import { FacetFilter } from './facet-filter'
import {
  dataTableColumnHelper,
  emptyDataTableState,
  useDataTable,
  type DataTableState,
} from './use-data-table'
import { VirtualDataTable } from './virtual-data-table'
import { mockLayout } from '@/testing/mock-layout'

type Lock = { id: string; name: string; brand: string; battery: number }

const col = dataTableColumnHelper<Lock>()
const columns = col.columns([
  col.accessor('name', { header: 'Name' }),
  col.accessor('brand', {
    header: 'Brand',
    filterFn: 'facet',
    enableGlobalFilter: false,
  }),
  col.accessor('battery', {
    header: 'Battery',
    enableGlobalFilter: false,
    cell: (ctx) => `${ctx.getValue()}%`,
  }),
])

const makeLocks = (n: number): Lock[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `lock-${i}`,
    name: `Lock ${String(i).padStart(5, '0')}`,
    brand: i % 3 === 0 ? 'August' : 'Yale',
    battery: (i * 7) % 100,
  }))

function Harness({
  data,
  initial = emptyDataTableState,
  onChange,
}: {
  data: Lock[]
  initial?: DataTableState
  onChange?: (next: DataTableState) => void
}) {
  const [state, setState] = useState(initial)
  const onStateChange = (next: DataTableState) => {
    onChange?.(next)
    setState(next)
  }
  const table = useDataTable({ data, columns, state, onStateChange, getRowId: (l) => l.id })
  return (
    <>
      <DataTableToolbar
        table={table}
        state={state}
        onStateChange={onStateChange}
        searchLabel="Search locks"
        itemNoun="locks"
      >
        <FacetFilter column={table.getColumn('brand')!} title="Brand" />
      </DataTableToolbar>
      <VirtualDataTable
        table={table}
        caption="Locks"
        emptyState="No locks yet"
        noResultsState="No locks match"
      />
    </>
  )
}

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Locks' }))
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1')

beforeEach(() => mockLayout({ width: 1000, height: 600, rowHeight: 52 }))

describe('VirtualDataTable', () => {
  it('reports sorting through the controlled callback and marks the sorted header', async () => {
    const onChange = vi.fn()
    render(<Harness data={makeLocks(5)} onChange={onChange} />)
    const header = screen.getByRole('columnheader', { name: /Battery/ })
    expect(header).toHaveAttribute('aria-sort', 'none')

    await userEvent.click(screen.getByRole('button', { name: 'Battery' }))
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ sorting: [{ id: 'battery', desc: false }] }),
    )
    expect(header).toHaveAttribute('aria-sort', 'ascending')
    const batteries = bodyRows().map((row) => within(row).getAllByRole('cell')[2]?.textContent)
    expect(batteries).toEqual(['0%', '7%', '14%', '21%', '28%'])
  })

  it('filters by search text and facet, counts results, and resets', async () => {
    const onChange = vi.fn()
    render(<Harness data={makeLocks(9)} onChange={onChange} />)
    expect(screen.getByRole('status')).toHaveTextContent('Showing 9 of 9 locks')

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search locks' }), '0000')
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ globalFilter: '0000' }))
    // "Lock 00000" … "Lock 00008" all contain "0000"
    expect(screen.getByRole('status')).toHaveTextContent('Showing 9 of 9 locks')
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search locks' }), '3')
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 9 locks')
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search locks' }))

    await userEvent.click(within(screen.getByRole('search')).getByText('Brand'))
    const august = screen.getByRole('checkbox', { name: 'August (3)' })
    await userEvent.click(august)
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ columnFilters: [{ id: 'brand', value: ['August'] }] }),
    )
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 9 locks')
    expect(bodyRows().every((row) => row.textContent?.includes('August'))).toBe(true)

    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }))
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ columnFilters: [], globalFilter: '' }),
    )
    expect(screen.getByRole('status')).toHaveTextContent('Showing 9 of 9 locks')
  })

  it('renders only a window of a 10,000-row dataset and sets the first-rows mark', () => {
    performance.clearMarks('table:first-rows')
    render(<Harness data={makeLocks(10_000)} />)
    expect(screen.getByRole('status')).toHaveTextContent('Showing 10000 of 10000 locks')
    const rendered = bodyRows().filter((row) => row.getAttribute('aria-hidden') !== 'true')
    expect(rendered.length).toBeGreaterThan(0)
    expect(rendered.length).toBeLessThan(100)
    expect(screen.getByRole('table', { name: 'Locks' })).toHaveAttribute('aria-rowcount', '10001')
    expect(performance.getEntriesByName('table:first-rows')).toHaveLength(1)
  })

  it('shows the empty state with no data and the no-results state when filters hide all', async () => {
    const { unmount } = render(<Harness data={[]} />)
    expect(screen.getByText('No locks yet')).toBeInTheDocument()
    unmount()
    render(
      <Harness data={makeLocks(3)} initial={{ ...emptyDataTableState, globalFilter: 'zzz' }} />,
    )
    expect(screen.getByText('No locks match')).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search locks' })).toHaveValue('zzz')
  })

  it('keeps a cell’s state with its row when a jump recycles the rows', async () => {
    // A cell with state of its own (a toggle), beside a `stateless` one that may be recycled.
    function Toggle({ name }: { name: string }) {
      const [on, setOn] = useState(false)
      return (
        <button type="button" aria-pressed={on} onClick={() => setOn(!on)}>
          Pin {name}
        </button>
      )
    }
    const recycled = dataTableColumnHelper<Lock>()
    const recycledColumns = recycled.columns([
      recycled.accessor('name', { header: 'Name', meta: { stateless: true } }),
      recycled.display({
        id: 'pin',
        header: 'Pin',
        cell: (ctx) => <Toggle name={ctx.row.original.name} />,
      }),
    ])
    function Recycling({ data }: { data: Lock[] }) {
      const table = useDataTable({
        data,
        columns: recycledColumns,
        state: emptyDataTableState,
        onStateChange: () => {},
        getRowId: (l) => l.id,
      })
      return <VirtualDataTable table={table} caption="Locks" rowHeight={52} />
    }
    render(<Recycling data={makeLocks(10_000)} />)
    const firstRow = () => bodyRows().find((row) => row.getAttribute('aria-hidden') !== 'true')!
    const before = firstRow()
    const nameCellBefore = within(before).getAllByRole('cell')[0]!.firstChild
    await userEvent.click(screen.getByRole('button', { name: 'Pin Lock 00000' }))
    expect(screen.getByRole('button', { name: 'Pin Lock 00000' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )

    // Jump far down: no row in common, so the new rows take over the old <tr>s.
    const region = screen.getByRole('region', { name: 'Locks' })
    act(() => {
      region.scrollTop = 52 * 5_000
      fireEvent.scroll(region)
    })
    await waitFor(() => expect(screen.queryByText('Lock 00000')).toBeNull())
    // Row 5000 is the first in view. (Not "the first row drawn": once scrolling stops, the
    // overscan rows above it come back as new <tr>s, sooner on a busy machine.)
    const after = bodyRows().find((row) => row.dataset['index'] === '5000')!
    expect(after).toBe(before) // the <tr> was recycled…
    expect(within(after).getAllByRole('cell')[0]!.firstChild).toBe(nameCellBefore) // …and the stateless cell
    expect(within(after).getByRole('button')).toHaveAttribute('aria-pressed', 'false')
    expect(
      screen.getAllByRole('button', { name: /^Pin / }).filter((b) => b.ariaPressed === 'true'),
    ).toEqual([])
  })
})
