import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/react'
import { FilterForm } from './filter-form'

describe('FilterForm', () => {
  it('is a search landmark named by its label, with the caller’s grid columns', () => {
    render(
      <FilterForm label="Filter events" className="grid-cols-2">
        <input aria-label="Who" />
      </FilterForm>,
    )
    const form = screen.getByRole('search', { name: 'Filter events' })
    expect(form).toHaveClass('grid', 'grid-cols-2')
  })

  it('never lets a submit (Enter in a field) reload the page, and hands it to onSubmit', () => {
    const onSubmit = vi.fn()
    const LABEL = 'Filter the audit log'
    render(
      <FilterForm label="Filter the audit log" className="grid-cols-1" onSubmit={onSubmit}>
        <input aria-label="Who" />
      </FilterForm>,
    )
    const submit = new Event('submit', { bubbles: true, cancelable: true })
    fireEvent(screen.getByRole('search', { name: LABEL }), submit)
    expect(submit.defaultPrevented).toBe(true)
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('prevents the reload without an onSubmit too', () => {
    const LABEL = 'Filter problems'
    render(
      <FilterForm label="Filter problems" className="grid-cols-2">
        <input aria-label="Severity" />
      </FilterForm>,
    )
    const submit = new Event('submit', { bubbles: true, cancelable: true })
    fireEvent(screen.getByRole('search', { name: LABEL }), submit)
    expect(submit.defaultPrevented).toBe(true)
  })
})
