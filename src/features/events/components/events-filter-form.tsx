import { Button } from '@/components/ui/button'
import { FilterSelectField, SelectField, fieldClass } from '@/components/ui/select-field'
import { EVENT_CATALOGUE } from '@/lib/catalogue/event-catalogue'
import type { EventRange } from '../api/list-events'
import type { EventsSearch } from '../events-search'
import { EVENT_TYPE_GROUPS, customRangeError } from '../events-filters'
import { inputValueToInstant, instantToInputValue } from '@/lib/time/wall-time-input'
import { viewerTimeZone } from '@/lib/time/zones'
import type { EventDeviceOption } from './events-table'

const RANGE_LABELS: Record<EventRange, string> = {
  all: 'Any time',
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  custom: 'Custom range…',
}

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
  hasFilters,
  anyTimeWindow,
}: {
  search: EventsSearch
  onSearchChange: (patch: Partial<EventsSearch>) => void
  devices: readonly EventDeviceOption[]
  hasFilters: boolean
  /** What "Any time" means while the custom range is invalid, e.g. "the last 30 days". */
  anyTimeWindow: string | null
}) {
  const rangeError = customRangeError(search)
  // The log spans many locks, so its range is read in the viewer's zone, as the audit log's is.
  const zone = viewerTimeZone()
  return (
    <form
      role="search"
      aria-label="Filter events"
      className="mb-4 grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4 lg:grid-cols-4"
      onSubmit={(e) => e.preventDefault()}
    >
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
      <FilterSelectField
        label="Device"
        allLabel="All devices"
        value={search.device}
        options={devices.map((d) => ({
          value: d.deviceId,
          label: d.location ? `${d.name} — ${d.location}` : d.name,
        }))}
        onChange={(device) => onSearchChange({ device })}
        unknownLabel={(id) => `Unknown device (${id})`}
      />
      <SelectField
        label="Time range"
        value={search.range}
        onChange={(e) => onSearchChange({ range: e.target.value as EventRange })}
      >
        {Object.entries(RANGE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
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
      {search.range === 'custom' ? (
        <fieldset className="col-span-2 grid gap-3 sm:grid-cols-2 lg:col-span-4">
          <legend className="sr-only">Custom time range</legend>
          <label className="block text-sm font-medium text-slate-700">
            From
            <input
              type="datetime-local"
              className={fieldClass}
              defaultValue={instantToInputValue(search.from, zone)}
              aria-invalid={rangeError ? true : undefined}
              aria-describedby={rangeError ? 'events-range-error' : undefined}
              onChange={(e) => onSearchChange({ from: inputValueToInstant(e.target.value, zone) })}
            />
          </label>
          <label className="block text-sm font-medium text-slate-700">
            To
            <input
              type="datetime-local"
              className={fieldClass}
              defaultValue={instantToInputValue(search.to, zone)}
              aria-invalid={rangeError ? true : undefined}
              aria-describedby={rangeError ? 'events-range-error' : undefined}
              onChange={(e) => onSearchChange({ to: inputValueToInstant(e.target.value, zone) })}
            />
          </label>
          {rangeError ? (
            <p
              id="events-range-error"
              role="alert"
              className="text-sm font-medium text-red-700 sm:col-span-2"
            >
              {rangeError} Showing events from {anyTimeWindow ?? 'any time'} until it is fixed.
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </form>
  )
}
