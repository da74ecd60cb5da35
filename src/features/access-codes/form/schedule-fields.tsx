import type { ChangeEvent, FocusEvent, InputHTMLAttributes } from 'react'
import { useFormContext, useWatch, type UseFormRegisterReturn } from 'react-hook-form'
import { formatInZone } from '@/lib/time/format'
import { wallTimeToInstant } from '@/lib/time/zoned-time'
import {
  ambiguityNote,
  IMPOSSIBLE_DATE,
  type AccessCodeFormValues,
} from './access-code-form-schema'
import { FieldError, FormField, inputClass } from './form-field'

/**
 * A time-bound code's start, end and backup-pool choice, entered in the lock's time zone with the
 * viewer's own clock shown beside each time. It reads the form from a `FormProvider` (its fields,
 * their errors, and the two times it watches for the hints) rather than having them passed in.
 */
export function ScheduleFields({
  fid,
  timeZone,
  zones,
  hasChosenLock,
  viewerZone,
  backupPoolSupported,
}: {
  /** The form's id for a field, so ids stay unique when two forms are on a page. */
  fid: (name: string) => string
  /** The zone times are entered in: the first one among the chosen locks, else the viewer's. */
  timeZone: string
  /** The distinct zones of the chosen locks (empty when none has one set). */
  zones: readonly string[]
  hasChosenLock: boolean
  viewerZone: string
  backupPoolSupported: boolean
}) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<AccessCodeFormValues>()
  const [startsAt, endsAt] = useWatch({ control, name: ['starts_at', 'ends_at'] })
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Times are in the lock’s time zone, <strong className="text-slate-800">{timeZone}</strong>
        {zones.length === 0 && hasChosenLock ? ' (the lock has none set; yours is used)' : ''}.
        {zones.length > 1
          ? ` The chosen locks are in different time zones (${zones.join(', ')}); times are entered in the first.`
          : ''}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {(
          [
            ['starts_at', 'Starts', startsAt],
            ['ends_at', 'Ends', endsAt],
          ] as const
        ).map(([field, label, value]) => (
          <FormField
            key={field}
            id={fid(field)}
            label={label}
            hint={<TimeHint value={value} timeZone={timeZone} viewerZone={viewerZone} />}
            error={errors[field]?.message}
          >
            {(a11y) => (
              <DateTimeInput
                {...a11y}
                {...register(field, {
                  deps: field === 'starts_at' ? ['ends_at'] : ['starts_at'],
                })}
              />
            )}
          </FormField>
        ))}
      </div>
      {backupPoolSupported ? (
        <div>
          <label className="flex items-start gap-3">
            <input
              type="checkbox"
              {...register('use_backup_access_code_pool')}
              aria-describedby={`${fid('backup')}-hint`}
              className="mt-0.5 size-4 shrink-0 accent-brand-600"
            />
            <span>
              <span className="block text-sm font-medium text-slate-900">
                Use the backup code pool
              </span>
              <span id={`${fid('backup')}-hint`} className="block text-sm text-slate-600">
                If this code cannot be programmed in time, a backup code from the lock’s pool can be
                handed out instead.
              </span>
            </span>
          </label>
          <FieldError id={fid('backup')} message={errors.use_backup_access_code_pool?.message} />
        </div>
      ) : null}
    </div>
  )
}

/**
 * A datetime-local input that reports a date the browser cannot hold (30 February typed
 * segment by segment leaves `value` empty with `validity.badInput`) as {@link IMPOSSIBLE_DATE},
 * so the field says "not a real date" instead of "enter a date".
 */
function DateTimeInput({
  onChange,
  onBlur,
  name,
  ...props
}: UseFormRegisterReturn &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof UseFormRegisterReturn>) {
  // RHF reads a real input's value from the DOM (empty here), so a bad date is passed as an
  // event carrying the placeholder value, as a change (which validates even after a submit)
  // followed, on blur, by a blur (which marks the field touched).
  const impossible = (type: string) => ({ type, target: { name, value: IMPOSSIBLE_DATE } })
  const handleChange = (event: ChangeEvent<HTMLInputElement>) =>
    void onChange(event.target.validity.badInput ? impossible('change') : event)
  const handleBlur = async (event: FocusEvent<HTMLInputElement>) => {
    if (!event.target.validity.badInput) return onBlur(event)
    await onChange(impossible('change'))
    await onBlur(impossible('blur'))
  }
  return (
    <input
      {...props}
      name={name}
      type="datetime-local"
      onChange={handleChange}
      onBlur={(e) => void handleBlur(e)}
      className={inputClass}
    />
  )
}

/** The same moment on the viewer's clock, or why the lock time cannot be used. */
function TimeHint({
  value,
  timeZone,
  viewerZone,
}: {
  value: string
  timeZone: string
  viewerZone: string
}) {
  const result = value ? wallTimeToInstant(value, timeZone) : null
  const note = value ? ambiguityNote(value, timeZone) : null
  if (!result?.ok) return <>In your time zone ({viewerZone}): —</>
  return (
    <>
      {viewerZone === timeZone
        ? 'Your time zone too.'
        : `Your time (${viewerZone}): ${formatInZone(result.epochMs, viewerZone)}`}
      {note ? <span className="mt-1 block text-amber-800">{note}</span> : null}
    </>
  )
}
