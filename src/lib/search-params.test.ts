import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router'
import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { optionalIdText } from './search-params'

// The edit and new-code pages read `?from=property&propertyId=…` to go back to a property.
const returnSearch = z.object({ propertyId: optionalIdText })
const read = (query: string) => returnSearch.parse(defaultParseSearch(query)).propertyId

describe('optionalIdText', () => {
  it('keeps an all-digit id a string when the router has read it as a number', () => {
    // The router JSON-parses each value: a hand-written or plain-href `propertyId=1200` is 1200.
    expect((defaultParseSearch('?propertyId=1200') as Record<string, unknown>)['propertyId']).toBe(
      1200,
    )
    expect(read('?propertyId=1200')).toBe('1200')
    expect(read('?propertyId=0042')).toBe('0042')
  })

  it('round-trips an all-digit id written by the router', () => {
    expect(read(defaultStringifySearch({ propertyId: '1200' }))).toBe('1200')
  })

  it('keeps slugs, and drops what is not an id', () => {
    expect(read('?propertyId=harborview-lofts')).toBe('harborview-lofts')
    expect(read('?propertyId=%20%20')).toBeUndefined()
    expect(read('?propertyId=1.5')).toBeUndefined()
    expect(read('?propertyId=true')).toBeUndefined()
    expect(read('')).toBeUndefined()
  })
})
