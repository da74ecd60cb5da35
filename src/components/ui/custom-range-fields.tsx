import { useId } from 'react'
import { SelectField, fieldClass } from '@/components/ui/select-field'
import {
  customRangeError,
  LOG_RANGE_LABELS,
  type LogRange,
  type LogRangeSearch,
} from '@/lib/time/log-ranges'
import { inputValueToInstant, instantToInputValue } from '@/lib/time/wall-time-input'
import { viewerTimeZone } from '@/lib/time/zones'
import { cn } from '@/lib/cn'

export type CustomRange = { from?: string | undefined; to?: string | undefined }

/**
 * A filter's "From" and "To" date-times, as ISO instants in the URL, shown while the log's
 * range is `custom`, with what is wrong with them (`customRangeError`). Logs span many locks,
 * so the range is read in the viewer's zone (the events and audit logs alike).
 */
export function CustomRangeFields({
  search,
  onChange,
  whileInvalid,
  className,
}: {
  search: LogRangeSearch
  onChange: (patch: CustomRange) => void
  /** Said after the error: what the list shows meanwhile. */
  whileInvalid: string
  /** Grid placement in the filter form. */
  className?: string
}) {
  const errorId = useId()
  if (search.range !== 'custom') return null
  const { from, to } = search
  const error = customRangeError(search)
  const zone = viewerTimeZone()
  const field = (label: 'From' | 'To', value: string | undefined, key: keyof CustomRange) => (
    <label className="block text-sm font-medium text-slate-700">
      {label}
      <input
        type="datetime-local"
        className={fieldClass}
        defaultValue={instantToInputValue(value, zone)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange({ [key]: inputValueToInstant(e.target.value, zone) })}
      />
    </label>
  )
  return (
    <fieldset className={cn('grid gap-3 sm:grid-cols-2', className)}>
      <legend className="sr-only">Custom time range</legend>
      {field('From', from, 'from')}
      {field('To', to, 'to')}
      {error ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700 sm:col-span-2">
          {error} {whileInvalid}
        </p>
      ) : null}
    </fieldset>
  )
}

/** A log's "Time range" choice; `custom` shows {@link CustomRangeFields} beside it. */
export function LogRangeSelect({
  value,
  onChange,
}: {
  value: LogRange
  onChange: (range: LogRange) => void
}) {
  return (
    <SelectField
      label="Time range"
      value={value}
      onChange={(e) => onChange(e.target.value as LogRange)}
    >
      {Object.entries(LOG_RANGE_LABELS).map(([range, label]) => (
        <option key={range} value={range}>
          {label}
        </option>
      ))}
    </SelectField>
  )
}
