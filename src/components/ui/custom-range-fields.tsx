import { useId } from 'react'
import { fieldClass } from '@/components/ui/select-field'
import { inputValueToInstant, instantToInputValue } from '@/lib/time/wall-time-input'
import { viewerTimeZone } from '@/lib/time/zones'
import { cn } from '@/lib/cn'

export type CustomRange = { from?: string | undefined; to?: string | undefined }

/**
 * A filter's "From" and "To" date-times, as ISO instants in the URL. Logs span many locks, so the
 * range is read in the viewer's zone (the events and audit logs alike).
 */
export function CustomRangeFields({
  from,
  to,
  onChange,
  error,
  whileInvalid,
  className,
}: CustomRange & {
  onChange: (patch: CustomRange) => void
  /** Why the range cannot be used, or null. */
  error: string | null | undefined
  /** Said after the error: what the list shows meanwhile. */
  whileInvalid: string
  /** Grid placement in the filter form. */
  className?: string
}) {
  const errorId = useId()
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
