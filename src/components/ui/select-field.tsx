import { useId, type SelectHTMLAttributes } from 'react'
import { nameWithLocation, type LockChoice } from '@/lib/devices/device-identity'

/** The look of a text input or select in filter bars and forms. */
export const fieldClass =
  'mt-1 h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none'

/** A labelled select; the label is tied by id so its name is just the label text. */
export function SelectField({
  label,
  className,
  ...props
}: { label: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId()
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={id} className={fieldClass} {...props} />
    </div>
  )
}

export type FilterOption = { value: string; label: string }

/**
 * A filter held in the URL: "All …" (no filter) first, then the options. A value the URL holds
 * that is not among the options (a stale or hand-edited link) stays selected and shown, via
 * `unknownLabel`, rather than the select silently showing "All".
 */
export function FilterSelectField({
  label,
  allLabel,
  value,
  options,
  onChange,
  unknownLabel = (v) => v,
}: {
  label: string
  allLabel: string
  value: string | undefined
  options: readonly FilterOption[]
  onChange: (value: string | undefined) => void
  unknownLabel?: (value: string) => string
}) {
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || undefined)}
    >
      <option value="">{allLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {value && !options.some((o) => o.value === value) ? (
        <option value={value}>{unknownLabel(value)}</option>
      ) : null}
    </SelectField>
  )
}

/** The "Device" filter of a log or list: each lock by name and property, "All devices" first. */
export function DeviceFilterField({
  value,
  locks,
  onChange,
}: {
  value: string | undefined
  locks: readonly LockChoice[]
  onChange: (deviceId: string | undefined) => void
}) {
  return (
    <FilterSelectField
      label="Device"
      allLabel="All devices"
      value={value}
      options={locks.map((l) => ({
        value: l.deviceId,
        label: nameWithLocation(l.name, l.location),
      }))}
      onChange={onChange}
      unknownLabel={(id) => `Unknown device (${id})`}
    />
  )
}
