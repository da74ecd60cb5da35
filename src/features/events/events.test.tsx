import { describe, expect, it, vi, afterEach } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { eventsListBody, sortNewestFirst } from './api/list-events'
import { eventsSearchSchema } from './events-search'
import { customRangeError, expandEventType } from './events-filters'
import { EventHistory } from './components/event-history'

const NOW = Date.parse('2025-03-10T12:00:00Z')

describe('eventsListBody', () => {
  it('sends only what is set, with the default limit', () => {
    expect(eventsListBody({}, NOW)).toEqual({ limit: 200 })
  })

  it('maps filters onto Seam fields', () => {
    expect(
      eventsListBody(
        { deviceId: 'd1', accessCodeId: 'c1', eventTypes: ['device.connected'], limit: 50 },
        NOW,
      ),
    ).toEqual({
      device_id: 'd1',
      access_code_id: 'c1',
      event_types: ['device.connected'],
      limit: 50,
    })
  })

  it('resolves relative ranges against now', () => {
    expect(eventsListBody({ range: '1h' }, NOW).since).toBe('2025-03-10T11:00:00.000Z')
    expect(eventsListBody({ range: '7d' }, NOW).since).toBe('2025-03-03T12:00:00.000Z')
  })

  it('uses between for a closed custom range and since for an open one', () => {
    const from = '2025-03-01T00:00:00.000Z'
    const to = '2025-03-02T00:00:00.000Z'
    expect(eventsListBody({ range: 'custom', from, to }, NOW).between).toEqual([from, to])
    expect(eventsListBody({ range: 'custom', from }, NOW).since).toBe(from)
    expect(eventsListBody({ range: 'custom', to }, NOW).between).toEqual([
      '1970-01-01T00:00:00.000Z',
      to,
    ])
  })
})

describe('events search', () => {
  it('falls back to defaults for junk in the URL', () => {
    expect(eventsSearchSchema.parse({ range: 'forever', limit: -3 })).toEqual({
      range: 'all',
      limit: 200,
    })
  })

  it('expands a family of event types', () => {
    const types = expandEventType('device.*')!
    expect(types).toContain('device.connected')
    expect(types.every((t) => t.startsWith('device.'))).toBe(true)
    expect(expandEventType('access_code.created')).toEqual(['access_code.created'])
    expect(expandEventType(undefined)).toBeUndefined()
  })

  it('rejects a custom range that ends before it starts', () => {
    expect(
      customRangeError({
        range: 'custom',
        from: '2025-03-02T00:00:00Z',
        to: '2025-03-01T00:00:00Z',
      }),
    ).toMatch(/end must be after the start/)
    expect(customRangeError({ range: 'custom', from: 'nonsense' })).toMatch(/not a valid/)
    expect(customRangeError({ range: '1h' })).toBeUndefined()
  })
})

const event = (id: string, type: string, at: string) => ({
  event_id: id,
  event_type: type,
  workspace_id: 'w',
  created_at: at,
  occurred_at: at,
  access_code_id: 'c1',
  device_id: 'd1',
})

describe('sortNewestFirst', () => {
  it('orders by occurred_at, newest first', () => {
    const sorted = sortNewestFirst([
      event('a', 'x', '2025-01-01T00:00:00Z'),
      event('b', 'x', '2025-01-03T00:00:00Z'),
      event('c', 'x', '2025-01-02T00:00:00Z'),
    ])
    expect(sorted.map((e) => e.event_id)).toEqual(['b', 'c', 'a'])
  })
})

describe('EventHistory', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('asks for one code’s events and describes them in plain language, newest first', async () => {
    const fetchMock = vi.fn(async () =>
      Response.json({
        ok: true,
        events: [
          event('1', 'access_code.created', '2025-03-10T10:00:00Z'),
          event('2', 'access_code.set_on_device', '2025-03-10T10:01:00Z'),
          event('3', 'some.future_event', '2025-03-10T10:02:00Z'),
        ],
      }),
    )
    vi.stubGlobal('fetch', fetchMock)
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    render(
      <QueryClientProvider client={client}>
        <EventHistory accessCodeId="c1" title="Code history" />
      </QueryClientProvider>,
    )
    const list = await screen.findByRole('list', { name: /code history/i })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Some: future event'),
      expect.stringContaining('Code set on lock'),
      expect.stringContaining('Code created'),
    ])
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/events/list')
    expect(JSON.parse(init.body as string)).toEqual({ access_code_id: 'c1', limit: 20 })
  })
})
