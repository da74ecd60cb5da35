import { describe, expect, it } from 'vitest'
import { eventsSearchSchema } from './events-search'
import { anyTimeWindowLabel, filtersFromSearch, hasEventFilters } from './events-filters'

const search = (params: Record<string, unknown>) => eventsSearchSchema.parse(params)

describe('events filters', () => {
  it('counts a type, lock, code or chosen range as a filter, and the bare log as none', () => {
    expect(hasEventFilters(search({}))).toBe(false)
    expect(hasEventFilters(search({ days: 60 }))).toBe(false)
    expect(hasEventFilters(search({ type: 'device.*' }))).toBe(true)
    expect(hasEventFilters(search({ device: 'dev-1' }))).toBe(true)
    expect(hasEventFilters(search({ code: 'ac-1' }))).toBe(true)
    expect(hasEventFilters(search({ range: '24h' }))).toBe(true)
  })

  it('names the "Any time" window, and nothing once a real range is chosen', () => {
    expect(anyTimeWindowLabel(filtersFromSearch(search({ days: 60 })))).toBe('the last 60 days')
    expect(anyTimeWindowLabel(filtersFromSearch(search({ range: '24h' })))).toBeNull()
    // A custom range with no valid end falls back to "Any time".
    expect(anyTimeWindowLabel(filtersFromSearch(search({ range: 'custom', from: 'x' })))).toMatch(
      /^the last \d+ days$/,
    )
  })
})
