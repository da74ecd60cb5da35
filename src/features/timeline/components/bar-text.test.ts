import { defaultParseSearch } from '@tanstack/react-router'
import { describe, expect, it } from 'vitest'
import { editHref } from './bar-text'

const searchOf = (href: string) => defaultParseSearch(href.slice(href.indexOf('?')))

describe('editHref', () => {
  it('writes an all-digit property id so the router reads it back as a string', () => {
    const href = editHref('code 1', { from: 'property', propertyId: '1200' })
    expect(href.startsWith('/access-codes/code%201/edit?')).toBe(true)
    expect(searchOf(href)).toEqual({ from: 'property', propertyId: '1200' })
  })

  it('keeps slugs and the lock page return as they are', () => {
    expect(searchOf(editHref('c', { from: 'property', propertyId: 'harborview-lofts' }))).toEqual({
      from: 'property',
      propertyId: 'harborview-lofts',
    })
    expect(searchOf(editHref('c', { from: 'device' }))).toEqual({ from: 'device' })
  })
})
