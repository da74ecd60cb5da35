import { FilterForm } from '@/components/ui/filter-form'
import { useId } from 'react'
import { Button } from '@/components/ui/button'
import { FilterSelectField, fieldClass } from '@/components/ui/select-field'
import type { AuditSearch } from '../audit-search'
import { AUDIT_ACTIONS } from '../lib/audit-actions'
import { clearedAuditSearch, hasAuditFilters } from '../lib/audit-filters'
import { CustomRangeFields, LogRangeSelect } from '@/components/ui/custom-range-fields'

export type AuditOption = { value: string; label: string }

/** The log's filters, all held in the URL. */
export function AuditFilters({
  search,
  onSearchChange,
  actors,
  locks,
  codes,
}: {
  search: AuditSearch
  onSearchChange: (patch: Partial<AuditSearch>) => void
  /** Emails to suggest for the actor filter. */
  actors: readonly string[]
  locks: readonly AuditOption[]
  codes: readonly AuditOption[]
}) {
  const uid = useId()
  const commitActor = (value: string) => {
    const actor = value.trim() || undefined
    if (actor !== search.actor) onSearchChange({ actor })
  }

  return (
    <FilterForm
      label="Filter the audit log"
      className="grid-cols-1 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6"
      onSubmit={(e) => {
        const input = e.currentTarget.elements.namedItem('actor')
        if (input instanceof HTMLInputElement) commitActor(input.value)
      }}
    >
      <div>
        <label htmlFor={`${uid}-actor`} className="block text-sm font-medium text-slate-700">
          Who
        </label>
        <input
          // A new value from the URL (e.g. "Clear filters") starts the field afresh.
          key={search.actor ?? ''}
          id={`${uid}-actor`}
          name="actor"
          type="search"
          inputMode="email"
          autoComplete="off"
          placeholder="Email"
          list={`${uid}-actors`}
          className={fieldClass}
          defaultValue={search.actor ?? ''}
          aria-describedby={`${uid}-actor-hint`}
          onBlur={(e) => commitActor(e.target.value)}
          onChange={(e) => {
            // Picking a suggestion applies it at once; typed text applies on Enter or leaving.
            if (actors.includes(e.target.value)) commitActor(e.target.value)
          }}
        />
        <p id={`${uid}-actor-hint`} className="sr-only">
          The whole email address; press Enter to apply.
        </p>
        <datalist id={`${uid}-actors`}>
          {actors.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </div>
      <FilterSelectField
        label="Action"
        allLabel="All actions"
        value={search.action}
        options={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))}
        onChange={(action) => onSearchChange({ action })}
      />
      <FilterSelectField
        label="Lock"
        allLabel="All locks"
        value={search.device_id}
        options={locks}
        onChange={(device_id) => onSearchChange({ device_id })}
        unknownLabel={(id) => `Lock ${id}`}
      />
      <FilterSelectField
        label="Access code"
        allLabel="All codes"
        value={search.access_code_id}
        options={codes}
        onChange={(access_code_id) => onSearchChange({ access_code_id })}
        unknownLabel={(id) => `Code ${id}`}
      />
      <LogRangeSelect value={search.range} onChange={(range) => onSearchChange({ range })} />
      <div className="flex items-end">
        <Button
          className="w-full"
          disabled={!hasAuditFilters(search)}
          onClick={() => onSearchChange(clearedAuditSearch)}
        >
          Clear filters
        </Button>
      </div>
      <CustomRangeFields
        className="sm:col-span-2 lg:col-span-3 xl:col-span-6"
        search={search}
        onChange={onSearchChange}
        whileInvalid="Showing entries from any time until it is fixed."
      />
    </FilterForm>
  )
}
