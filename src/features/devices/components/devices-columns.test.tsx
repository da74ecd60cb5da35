import { beforeEach, describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router'
import { emptyDataTableState, useDataTable } from '@/components/data-table/use-data-table'
import { VirtualDataTable } from '@/components/data-table/virtual-data-table'
import { deviceSchema, type Device } from '@/api/schemas/device'
import { mockLayout } from '@/testing/mock-layout'
import { devicesColumns, type DeviceRow } from './devices-columns'

const makeDevice = (overrides: Record<string, unknown> = {}, properties = {}): Device =>
  deviceSchema.parse({
    device_id: 'dev_1',
    device_type: 'august_lock',
    display_name: 'Front Door',
    workspace_id: 'ws_1',
    created_at: '2026-01-01T00:00:00Z',
    location: { location_name: 'Harbor Lofts', timezone: 'America/New_York' },
    properties: {
      online: true,
      locked: true,
      battery_level: 0.8,
      manufacturer: 'august',
      model: { display_name: 'Wi-Fi Smart Lock', manufacturer_display_name: 'August' },
      ...properties,
    },
    ...overrides,
  })

function Table({ rows }: { rows: DeviceRow[] }) {
  const table = useDataTable({
    data: rows,
    columns: devicesColumns,
    state: emptyDataTableState,
    onStateChange: () => {},
    getRowId: (r) => r.device.device_id,
  })
  return <VirtualDataTable table={table} caption="Devices" />
}

async function renderRows(rows: DeviceRow[]) {
  const root = createRootRoute({ component: () => <Table rows={rows} /> })
  const detail = createRoute({ getParentRoute: () => root, path: '/devices/$deviceId' })
  const router = createRouter({
    routeTree: root.addChildren([detail]),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  render(<RouterProvider router={router} />)
  await screen.findByRole('table', { name: 'Devices' })
  return within(screen.getByRole('table', { name: 'Devices' }))
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-rowindex') !== '1')
}

const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell')
/** Each cell, by column, holds each of the texts listed for it (none listed: not checked). */
function expectCellTexts(cells: HTMLElement[], texts: string[][]) {
  texts.forEach((expected, i) => {
    for (const text of expected) expect(cells[i]).toHaveTextContent(text)
  })
}

beforeEach(() => mockLayout({ width: 1200, height: 800, rowHeight: 52 }))

describe('devices columns', () => {
  it('links the name to the device page and shows online, lock and code count', async () => {
    const [row] = await renderRows([{ device: makeDevice(), codeCount: 7 }])
    const cells = cellsOf(row!)
    expect(within(cells[0]!).getByRole('link', { name: 'Front Door' })).toHaveAttribute(
      'href',
      '/devices/dev_1',
    )
    expectCellTexts(cells, [
      ['Harbor Lofts'],
      ['August', 'Wi-Fi Smart Lock'],
      ['Online'],
      [],
      ['Locked'],
      ['7'],
      ['No issues'],
    ])
  })

  it.each([
    [0.09, '9% · Critical'],
    [0.1, '10% · Low'],
    [0.24, '24% · Low'],
    [0.25, '25%'],
  ])('battery %s reads "%s"', async (level, text) => {
    const [row] = await renderRows([
      { device: makeDevice({}, { battery_level: level }), codeCount: 0 },
    ])
    expect(cellsOf(row!)[3]).toHaveTextContent(text)
  })

  it('says what is unknown when properties are missing', async () => {
    const device = makeDevice({ location: null, display_name: '' }, {})
    // Strip optional properties a lock may not report.
    const bare: Device = {
      ...device,
      properties: { online: false },
    }
    const [row] = await renderRows([{ device: bare, codeCount: undefined }])
    const cells = cellsOf(row!)
    expect(within(cells[0]!).getByRole('link', { name: 'dev_1' })).toBeInTheDocument()
    expectCellTexts(cells, [
      [],
      ['Unknown manufacturer', 'Model not reported'],
      ['Offline'],
      ['Battery unknown'],
      ['Unknown'],
      ['Not loaded'],
    ])
  })

  it('counts errors and warnings and shows the first one in plain language', async () => {
    const device = makeDevice({
      errors: [
        {
          error_code: 'device_offline',
          message: 'Device is offline',
          created_at: '2026-01-02T00:00:00Z',
        },
      ],
      warnings: [{ warning_code: 'battery_low', message: 'Battery low' }],
    })
    const [row] = await renderRows([{ device, codeCount: 3 }])
    const issues = cellsOf(row!)[6]!
    expect(issues).toHaveTextContent('1 error')
    expect(issues).toHaveTextContent('1 warning')
    expect(issues).toHaveTextContent('Lock is offline')
    expect(within(issues).getByText(/ago$/).closest('time')).toHaveAttribute(
      'dateTime',
      '2026-01-02T00:00:00.000Z',
    )
  })
})
