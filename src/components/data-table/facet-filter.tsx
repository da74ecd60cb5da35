import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Column, RowData } from '@tanstack/react-table'
import { ChevronDown, ListFilter } from 'lucide-react'
import { cn } from '@/lib/cn'
import { facetValueOf, type DataTableFeatures } from './use-data-table'

export type FacetOption = { value: string; label: string; icon?: ReactNode }

/**
 * A multi-select facet filter: a native <details> disclosure holding a <fieldset> of checkboxes,
 * each with the number of rows it would match given the other filters. Keyboard: Enter/Space on
 * the button opens it, Tab moves through the checkboxes, Escape closes and returns focus.
 * The column needs `filterFn: 'facet'`; the filter value is the selected `string[]`.
 */
export function FacetFilter<TData extends RowData>({
  column,
  title,
  options,
}: {
  column: Column<DataTableFeatures, TData>
  title: string
  /** Known options, in display order; defaults to every value present in the data. */
  options?: FacetOption[]
}) {
  const detailsRef = useRef<HTMLDetailsElement>(null)
  const summaryRef = useRef<HTMLElement>(null)
  const legendId = useId()
  const [open, setOpen] = useState(false)

  const raw = column.getFilterValue()
  const selected = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : []

  // Counted only while open: closed, nothing shows them, and on 10,000 rows every facet counting
  // on every data change (a poll, a lock's list arriving) added up to a long task.
  const facetRows = open ? column.getFacetedRowModel().rows : null
  const counts = useMemo(() => {
    const map = new Map<string, number>()
    for (const row of facetRows ?? []) {
      const value = facetValueOf(column, row)
      map.set(value, (map.get(value) ?? 0) + 1)
    }
    return map
  }, [facetRows, column])

  const shown: FacetOption[] =
    options ??
    (open ? [...counts.keys()] : selected)
      .filter((v) => v !== '')
      .sort((a, b) => a.localeCompare(b))
      .map((value) => ({ value, label: value }))

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!detailsRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value)
    column.setFilterValue(next.length > 0 ? next : undefined)
  }

  const selectedLabels = shown.filter((o) => selected.includes(o.value)).map((o) => o.label)

  return (
    // Escape handling for the whole disclosure (button and checkboxes); <details> is interactive.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <details
      ref={detailsRef}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault()
          setOpen(false)
          summaryRef.current?.focus()
        }
      }}
      className="relative"
    >
      <summary
        ref={summaryRef}
        className={cn(
          'inline-flex h-9 cursor-pointer list-none items-center gap-1.5 rounded-lg border border-dashed border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 [&::-webkit-details-marker]:hidden',
          selected.length > 0 && 'border-solid border-brand-600 text-brand-700',
        )}
      >
        <ListFilter aria-hidden="true" className="size-4" />
        {title}
        {selected.length > 0 ? (
          <span className="rounded bg-brand-50 px-1.5 text-xs font-semibold text-brand-700">
            {selected.length === 1 ? selectedLabels[0] : `${selected.length} selected`}
          </span>
        ) : null}
        <ChevronDown aria-hidden="true" className="size-4 text-slate-400" />
      </summary>
      {/* Built only while open (the lock facet alone has a checkbox per lock). */}
      {open ? (
        <div className="absolute left-0 z-20 mt-1 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
          <fieldset aria-labelledby={legendId}>
            <legend id={legendId} className="px-2 pb-1 text-xs font-semibold text-slate-500">
              Filter by {title.toLowerCase()}
            </legend>
            <ul className="max-h-72 overflow-y-auto">
              {shown.map((option) => {
                const count = counts.get(option.value) ?? 0
                return (
                  <li key={option.value}>
                    <label className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100 has-focus-visible:bg-slate-100">
                      <input
                        type="checkbox"
                        checked={selected.includes(option.value)}
                        onChange={(event) => toggle(option.value, event.target.checked)}
                        className="size-4 accent-brand-600"
                      />
                      {option.icon}
                      <span className="min-w-0 flex-1 truncate">{option.label}</span>{' '}
                      <span className="text-xs text-slate-500 tabular-nums">
                        <span className="sr-only">(</span>
                        {count}
                        <span className="sr-only">)</span>
                      </span>
                    </label>
                  </li>
                )
              })}
            </ul>
          </fieldset>
          {selected.length > 0 ? (
            <button
              type="button"
              onClick={() => column.setFilterValue(undefined)}
              className="mt-1 w-full rounded-md border-t border-slate-100 px-2 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              Clear {title.toLowerCase()} filter
            </button>
          ) : null}
        </div>
      ) : null}
    </details>
  )
}
