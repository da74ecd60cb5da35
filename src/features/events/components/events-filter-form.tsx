import { FilterForm } from '@/components/ui/filter-form'
import { Button } from '@/components/ui/button'
import { DeviceFilterField, SelectField } from '@/components/ui/select-field'
import { EVENT_CATALOGUE } from '@/lib/catalogue/event-catalogue'
import type { EventsSearch } from '../events-search'
import {
  anyTimeWindowLabel,
  EVENT_TYPE_GROUPS,
  filtersFromSearch,
  hasEventFilters,
} from '../events-filters'
import type { EventDeviceOption } from './events-table'
import { CustomRangeFields, LogRangeSelect } from '@/components/ui/custom-range-fields'

const accessCodeTypes = Object.entries(EVENT_CATALOGUE).filter(([t]) =>
  t.startsWith('access_code.'),
)
const deviceTypes = Object.entries(EVENT_CATALOGUE).filter(([t]) => t.startsWith('device.'))

/**
 * The event log's filters. Every value lives in the URL, so this form only reads `search` and
 * reports changes; it never submits.
 */
export function EventsFilterForm({
  search,
  onSearchChange,
  devices,
}: {
  search: EventsSearch
  onSearchChange: (patch: Partial<EventsSearch>) => void
  devices: readonly EventDeviceOption[]
}) {
  // Both follow from the URL alone, as the page's own copies do. The second is what "Any time"
  // means while the custom range is invalid, e.g. "the last 30 days".
  const hasFilters = hasEventFilters(search)
  const anyTimeWindow = anyTimeWindowLabel(filtersFromSearch(search))
  return (
    <FilterForm label="Filter events" className="grid-cols-2 lg:grid-cols-4">
      <SelectField
        className="col-span-2 lg:col-span-1"
        label="Event type"
        value={search.type ?? ''}
        onChange={(e) => onSearchChange({ type: e.target.value || undefined })}
      >
        <option value="">All events</option>
        {Object.entries(EVENT_TYPE_GROUPS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
        <optgroup label="Access codes">
          {accessCodeTypes.map(([type, d]) => (
            <option key={type} value={type}>
              {d.title}
            </option>
          ))}
        </optgroup>
        <optgroup label="Devices">
          {deviceTypes.map(([type, d]) => (
            <option key={type} value={type}>
              {d.title}
            </option>
          ))}
        </optgroup>
        {search.type && !search.type.endsWith('.*') && !EVENT_CATALOGUE[search.type] ? (
          <option value={search.type}>{search.type}</option>
        ) : null}
      </SelectField>
      <DeviceFilterField
        value={search.device}
        locks={devices}
        onChange={(device) => onSearchChange({ device })}
      />
      <LogRangeSelect value={search.range} onChange={(range) => onSearchChange({ range })} />
      <div className="col-span-2 flex items-end lg:col-span-1">
        <Button
          className="w-full sm:w-auto"
          disabled={!hasFilters}
          onClick={() =>
            onSearchChange({
              type: undefined,
              device: undefined,
              code: undefined,
              range: 'all',
              from: undefined,
              to: undefined,
            })
          }
        >
          Clear filters
        </Button>
      </div>
      <CustomRangeFields
        className="col-span-2 lg:col-span-4"
        search={search}
        onChange={onSearchChange}
        whileInvalid={`Showing events from ${anyTimeWindow ?? 'any time'} until it is fixed.`}
      />
    </FilterForm>
  )
}
