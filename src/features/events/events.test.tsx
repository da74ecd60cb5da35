import { describe, expect, it, vi, afterEach } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { eventsListBody, loadOlder, sortNewestFirst } from './api/list-events'
import { eventsSearchSchema } from './events-search'
import { customRangeError } from '@/lib/time/log-ranges'
import { expandEventType, filtersFromSearch } from './events-filters'
import { EventHistory } from './components/event-history'

const NOW = Date.parse('2025-03-10T12:00:00Z')
const DAYS_BEFORE_NOW = (days: number) => new Date(NOW - days * 86_400_000).toISOString()

describe('eventsListBody', () => {
  it('sends only what is set, with the default limit and "Any time" as the last 30 days', () => {
    expect(eventsListBody({}, NOW)).toEqual({ limit: 200, since: DAYS_BEFORE_NOW(30) })
  })

  it('always sends exactly one of since and between (Seam requires a window)', () => {
    const cases = [
      {},
      { range: 'all' as const, days: 90 },
      { range: '1h' as const },
      { range: '30d' as const },
      { range: 'custom' as const },
      { range: 'custom' as const, from: 'nonsense' },
      { range: 'custom' as const, from: '2025-03-01T00:00:00Z' },
      { range: 'custom' as const, to: '2025-03-01T00:00:00Z' },
      { range: 'custom' as const, from: '2025-03-01T00:00:00Z', to: '2025-03-02T00:00:00Z' },
    ]
    for (const filters of cases) {
      const body = eventsListBody(filters, NOW)
      expect(['since' in body, 'between' in body].filter(Boolean), JSON.stringify(filters)).toEqual(
        [true],
      )
    }
  })

  it('"Any time" reaches back `days` days, and so does a custom range with no ends', () => {
    expect(eventsListBody({ range: 'all', days: 90 }, NOW).since).toBe(DAYS_BEFORE_NOW(90))
    expect(eventsListBody({ range: 'custom', days: 60 }, NOW).since).toBe(DAYS_BEFORE_NOW(60))
    // An invalid custom range falls back to "Any time" (the page says so).
    const invalid = filtersFromSearch({
      range: 'custom',
      from: '2025-03-02T00:00:00Z',
      to: '2025-03-01T00:00:00Z',
      days: 30,
      limit: 200,
    })
    expect(eventsListBody(invalid, NOW)).toEqual({ limit: 200, since: DAYS_BEFORE_NOW(30) })
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
      since: DAYS_BEFORE_NOW(30),
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

describe('loadOlder', () => {
  it('asks for more events while the list is full, then widens "Any time" by 30 days', () => {
    expect(loadOlder({ limit: 200 }, 200, { step: 200 })).toEqual({ limit: 400 })
    expect(loadOlder({ limit: 200 }, 120, { step: 200 })).toEqual({ days: 60 })
    expect(loadOlder({ limit: 200, days: 60 }, 0, { step: 200 })).toEqual({ days: 90 })
  })

  it('offers nothing when neither more events nor a wider window can help', () => {
    // Full at the largest limit: older events exist in the window but cannot be asked for.
    expect(loadOlder({ limit: 500 }, 500, { step: 40, maxLimit: 500 })).toBeUndefined()
    // A fixed range ("Last hour") or a custom range with an end is not widened.
    expect(loadOlder({ range: '1h' }, 3, { step: 200 })).toBeUndefined()
    expect(
      loadOlder({ range: 'custom', from: '2025-03-01T00:00:00Z' }, 3, { step: 200 }),
    ).toBeUndefined()
    expect(loadOlder({ days: 3650 }, 3, { step: 200 })).toBeUndefined()
  })
})

describe('events search', () => {
  it('falls back to defaults for junk in the URL', () => {
    expect(eventsSearchSchema.parse({ range: 'forever', limit: -3, days: 0 })).toEqual({
      range: 'all',
      days: 30,
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
  afterEach(() => {
    vi.useRealTimers()
  })

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
    expect(JSON.parse(init.body as string)).toEqual({
      access_code_id: 'c1',
      limit: 20,
      since: expect.any(String),
    })
  })

  it('asks for the last 30 days, and "Show older events" widens the window by 30 days', async () => {
    // Only Date is faked, so "now" is fixed; React Query's timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
    const bodies: Record<string, unknown>[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        bodies.push(JSON.parse(init.body as string) as Record<string, unknown>)
        return Response.json({ ok: true, events: [] })
      }),
    )
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    render(
      <QueryClientProvider client={client}>
        <EventHistory deviceId="d1" title="Recent events" />
      </QueryClientProvider>,
    )
    expect(await screen.findByText('Nothing has happened in the last 30 days.')).toBeVisible()
    expect(bodies).toEqual([{ device_id: 'd1', limit: 20, since: DAYS_BEFORE_NOW(30) }])

    await userEvent.click(screen.getByRole('button', { name: 'Show older events' }))
    expect(await screen.findByText('Nothing has happened in the last 60 days.')).toBeVisible()
    expect(bodies.at(-1)).toEqual({ device_id: 'd1', limit: 20, since: DAYS_BEFORE_NOW(60) })
  })
})
