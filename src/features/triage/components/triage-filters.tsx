import { FilterForm } from '@/components/ui/filter-form'
import { useMemo } from 'react'
import type { Device } from '@/api/schemas/device'
import { DeviceFilterField, FilterSelectField, SelectField } from '@/components/ui/select-field'
import { SEVERITIES, severityLabel, type Severity } from '@/lib/catalogue/error-catalogue'
import { type IssueGroup } from '../lib/collect-issues'
import type { TriageSearch } from '../triage-search'
import { deviceName, lockChoice } from '@/lib/devices/device-identity'

/**
 * The "No property" choice of the Property list: locks without a location, `?unassigned=true` in
 * the URL. A value no location name can have (names come trimmed and printable).
 */
const NO_PROPERTY_OPTION = '\u0000no-property'

const SORT_LABELS: Record<TriageSearch['sort'], string> = {
  count: 'Most affected first',
  recent: 'Most recent first',
  severity: 'Most severe first',
}

/**
 * The triage filters and sort. Every value lives in the URL, so this form only reads `search` and
 * reports changes; it never submits.
 */
export function TriageFilters({
  search,
  onSearchChange,
  devices,
  allGroups,
}: {
  search: TriageSearch
  onSearchChange: (patch: Partial<TriageSearch>) => void
  devices: readonly Device[]
  /** Every problem before filtering, so the "Problem" list offers all of them. */
  allGroups: readonly IssueGroup[]
}) {
  const properties = useMemo(
    () =>
      [
        ...new Set(
          devices.flatMap((d) => (d.location?.location_name ? [d.location.location_name] : [])),
        ),
      ].sort(),
    [devices],
  )
  const sortedDevices = useMemo(
    () => [...devices].sort((a, b) => deviceName(a).localeCompare(deviceName(b))),
    [devices],
  )
  const codeOptions = useMemo(
    () =>
      [...new Map(allGroups.map((g) => [g.code, g.description.title])).entries()].sort((a, b) =>
        a[1].localeCompare(b[1]),
      ),
    [allGroups],
  )

  return (
    <FilterForm label="Filter problems" className="grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
      <SelectField
        label="Severity"
        value={search.severity ?? ''}
        onChange={(e) =>
          onSearchChange({ severity: (e.target.value || undefined) as Severity | undefined })
        }
      >
        <option value="">All severities</option>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {severityLabel[s]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Errors or warnings"
        value={search.kind ?? ''}
        onChange={(e) =>
          onSearchChange({
            kind: (e.target.value || undefined) as TriageSearch['kind'],
          })
        }
      >
        <option value="">Both</option>
        <option value="error">Errors only</option>
        <option value="warning">Warnings only</option>
      </SelectField>
      <FilterSelectField
        label="Problem"
        allLabel="All problems"
        value={search.code}
        options={codeOptions.map(([code, title]) => ({
          value: code,
          label: `${title} (${code})`,
        }))}
        onChange={(code) => onSearchChange({ code })}
      />
      <FilterSelectField
        label="Property"
        allLabel="All properties"
        value={search.unassigned ? NO_PROPERTY_OPTION : search.property}
        options={[
          ...properties.map((p) => ({ value: p, label: p })),
          ...(devices.some((d) => !d.location?.location_name?.trim())
            ? [{ value: NO_PROPERTY_OPTION, label: 'No property' }]
            : []),
        ]}
        onChange={(property) =>
          onSearchChange(
            property === NO_PROPERTY_OPTION
              ? { property: undefined, unassigned: true }
              : { property, unassigned: undefined },
          )
        }
      />
      <DeviceFilterField
        value={search.device}
        locks={sortedDevices.map(lockChoice)}
        onChange={(device) => onSearchChange({ device })}
      />
      <SelectField
        label="Sort"
        value={search.sort}
        onChange={(e) => onSearchChange({ sort: e.target.value as TriageSearch['sort'] })}
      >
        {Object.entries(SORT_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
    </FilterForm>
  )
}
