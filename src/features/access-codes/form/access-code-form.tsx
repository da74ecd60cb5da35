import { useDoormanInfo } from '@/api/doorman-info'
import { can, deniedReason } from '@/lib/permissions'
import {
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type InputHTMLAttributes,
} from 'react'
import {
  Controller,
  useForm,
  useWatch,
  type Resolver,
  type UseFormRegisterReturn,
} from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { Loader2, Wand2 } from 'lucide-react'
import { isApiError } from '@/api/api-error'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { ErrorState } from '@/components/ui/error-state'
import { cn } from '@/lib/cn'
import { formatInZone, viewerTimeZone, wallTimeToInstant } from '@/lib/time/zoned-time'
import { useCreateAccessCode } from '../api/create-access-code'
import { useCreateMultipleAccessCodes } from '../api/create-multiple-access-codes'
import { useGenerateCode } from '../api/generate-code'
import { useUpdateAccessCode } from '../api/update-access-code'
import { StatusBadge } from '../components/status-badge'
import {
  accessCodeFormDefaults,
  accessCodeFormSchema,
  ambiguityNote,
  IMPOSSIBLE_DATE,
  type AccessCodeDraft,
  type AccessCodeFormContext,
  type AccessCodeFormField,
  type AccessCodeFormValues,
} from './access-code-form-schema'
import { codeProblem, codeRulesFor, describeCodeRules } from './code-rules'
import { DevicePicker, deviceName } from './device-picker'
import { diffAccessCodeUpdate, hasChanges } from './diff-access-code-update'
import { FieldError, FormField, inputClass } from './form-field'
import { placeServerError } from './server-errors'

export type AccessCodeFormProps = {
  mode: 'create' | 'edit'
  /** Create: every lock the user may choose. Edit: the code's lock (if it could be loaded). */
  devices: readonly Device[]
  /** Edit: the code as loaded from `access_codes/get`. */
  existing?: AccessCode | undefined
  /** Create: locks chosen up front (e.g. from the device page). */
  defaultDeviceIds?: readonly string[]
  /** Create: a time-bound window chosen up front (e.g. dragged on a timeline), as ISO instants. */
  defaultWindow?: { startsAt: string; endsAt: string } | undefined
  /** After a successful save, with the server's copies of the saved codes. */
  onSaved: (codes: AccessCode[]) => void
  onCancel: () => void
  /** The viewer's zone (defaults to the browser's); the lock's zone wins for entering times. */
  viewerZone?: string
}

type Failure = { error: unknown; title: string; onFields: boolean }

/** The chosen locks, their combined rules and the zone times are entered in. */
function formContext(
  mode: 'create' | 'edit',
  devices: readonly Device[],
  deviceIds: readonly string[],
  viewerZone: string,
  existing: AccessCode | undefined,
) {
  const chosen = devices.filter((d) => deviceIds.includes(d.device_id))
  const zones = [...new Set(chosen.map((d) => d.location?.timezone).filter((z) => z !== undefined))]
  const context: AccessCodeFormContext = {
    mode,
    timeZone: zones[0] ?? viewerZone,
    rules: codeRulesFor(chosen),
    backupPoolSupported:
      chosen.length > 0 &&
      chosen.every((d) => d.properties.supports_backup_access_code_pool === true),
    codeRequired: mode === 'edit' && existing?.code != null,
  }
  return { chosen, zones, context }
}

/**
 * One form for creating and editing access codes. Validation comes from
 * {@link accessCodeFormSchema} (built on the request schemas the server uses); a failed save
 * puts the server's messages on their fields and keeps everything typed.
 */
/** The form, or why this role may not create or change codes (the server refuses it anyway). */
export function AccessCodeForm(props: AccessCodeFormProps) {
  const role = useDoormanInfo().data?.user.role
  if (role && !can(role, 'codes.write')) {
    return (
      <div
        role="status"
        className="rounded-xl border border-slate-200 bg-white p-6 text-sm text-slate-700"
      >
        <p className="font-medium text-slate-900">You can look, but not change codes</p>
        <p className="mt-1">{deniedReason('codes.write')}. Ask an admin if you need to.</p>
      </div>
    )
  }
  return <EditableAccessCodeForm {...props} />
}

function EditableAccessCodeForm({
  mode,
  devices,
  existing,
  defaultDeviceIds = [],
  defaultWindow,
  onSaved,
  onCancel,
  viewerZone = viewerTimeZone(),
}: AccessCodeFormProps) {
  const uid = useId()
  const fid = (name: string) => `${uid}-${name}`
  const initialIds = existing ? [existing.device_id] : defaultDeviceIds
  const [failure, setFailure] = useState<Failure | null>(null)
  const [renderedAt] = useState(() => Date.now())
  const saving = useRef(false)

  // The schema depends on the chosen locks, which are form values: build it per validation.
  const resolver = useMemo<Resolver<AccessCodeFormValues, unknown, AccessCodeDraft>>(
    () => (values, ctx, options) =>
      zodResolver(
        accessCodeFormSchema(
          formContext(mode, devices, values.device_ids, viewerZone, existing).context,
        ),
      )(values, ctx, options),
    [mode, devices, viewerZone, existing],
  )

  const form = useForm<AccessCodeFormValues, unknown, AccessCodeDraft>({
    resolver,
    mode: 'onTouched',
    shouldFocusError: true,
    defaultValues: accessCodeFormDefaults({
      existing,
      deviceIds: initialIds,
      timeZone: formContext(mode, devices, initialIds, viewerZone, existing).context.timeZone,
      window: defaultWindow,
    }),
  })
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = form

  const [deviceIds, type, name, startsAt, endsAt] = useWatch({
    control,
    name: ['device_ids', 'type', 'name', 'starts_at', 'ends_at'],
  })
  const { chosen, zones, context } = formContext(mode, devices, deviceIds, viewerZone, existing)
  const { rules, timeZone, backupPoolSupported } = context

  const create = useCreateAccessCode()
  const createMultiple = useCreateMultipleAccessCodes()
  const update = useUpdateAccessCode()
  const generate = useGenerateCode()

  async function save(draft: AccessCodeDraft): Promise<AccessCode[] | null> {
    const common = {
      name: draft.name,
      code: draft.code,
      starts_at: draft.starts_at,
      ends_at: draft.ends_at,
      use_backup_access_code_pool: draft.use_backup_access_code_pool,
    }
    if (mode === 'edit' && existing) {
      const changes = diffAccessCodeUpdate(existing, draft, timeZone)
      if (!hasChanges(changes)) return [existing]
      return [await update.mutateAsync({ access_code_id: existing.access_code_id, ...changes })]
    }
    const [only, ...rest] = draft.device_ids
    if (only !== undefined && rest.length === 0) {
      return [await create.mutateAsync({ device_id: only, ...common })]
    }
    return createMultiple.mutateAsync({ device_ids: draft.device_ids, ...common })
  }

  async function submit(draft: AccessCodeDraft) {
    // A second click (or Enter) while a save is in flight must never send a second create.
    if (saving.current) return
    saving.current = true
    setFailure(null)
    try {
      const saved = await save(draft)
      if (saved) onSaved(saved)
    } catch (error) {
      const placed = placeServerError(error)
      const entries = Object.entries(placed.fields) as [AccessCodeFormField, string][]
      entries.forEach(([field, message], i) =>
        setError(field, { type: 'server', message }, { shouldFocus: i === 0 }),
      )
      setFailure({
        error,
        title:
          mode === 'edit' ? 'Could not save the access code' : 'Could not create the access code',
        onFields: !placed.unplaced,
      })
    } finally {
      saving.current = false
    }
  }

  async function generateCode() {
    setFailure(null)
    try {
      const code = await generate.mutateAsync({
        deviceIds,
        accepts: (c) => codeProblem(c, rules) === null,
      })
      if (code === null) {
        setError('code', {
          type: 'server',
          message:
            'No code every chosen lock accepts came back. Leave the code blank and Seam will choose one.',
        })
        return
      }
      setValue('code', code, { shouldValidate: true, shouldDirty: true })
    } catch (error) {
      setFailure({ error, title: 'Could not generate a code', onFields: false })
    }
  }

  const busy = isSubmitting || create.isPending || createMultiple.isPending || update.isPending
  const submitLabel = mode === 'edit' ? 'Save changes' : 'Create access code'
  const device = chosen[0]

  return (
    <form
      noValidate
      onSubmit={(e) => void handleSubmit(submit)(e)}
      aria-label={mode === 'edit' ? 'Edit access code' : 'New access code'}
      className="max-w-3xl space-y-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      {mode === 'create' ? (
        <Controller
          control={control}
          name="device_ids"
          render={({ field, fieldState }) => (
            <DevicePicker
              devices={devices}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <p className="text-sm font-medium text-slate-900">Lock</p>
            <p className="mt-1 text-sm break-words text-slate-700">
              {device ? deviceName(device) : (existing?.device_id ?? 'Unknown lock')}
              {device?.location?.location_name ? (
                <span className="text-slate-500"> · {device.location.location_name}</span>
              ) : null}
            </p>
          </div>
          {existing ? (
            <p className="flex items-center gap-2 text-sm text-slate-700">
              Status <StatusBadge code={existing} timeZone={timeZone} now={renderedAt} />
            </p>
          ) : null}
          {existing?.status === 'removing' ? (
            <p className="w-full text-sm text-amber-800">
              This code is being removed from the lock, so it can no longer be changed.
            </p>
          ) : null}
        </div>
      )}

      <FormField
        id={fid('name')}
        label="Name"
        hint="Who or what the code is for, e.g. “Cleaner” or “Guest: Smith, 3–5 May”."
        labelAside={
          <span
            className={cn(
              'text-xs tabular-nums',
              name.trim().length > rules.nameMaxLength ? 'text-red-700' : 'text-slate-500',
            )}
          >
            {name.trim().length}/{rules.nameMaxLength}
          </span>
        }
        error={errors.name?.message}
      >
        {(a11y) => (
          <input
            {...a11y}
            {...register('name')}
            type="text"
            autoComplete="off"
            dir="auto"
            className={inputClass}
          />
        )}
      </FormField>

      <FormField
        id={fid('code')}
        label={mode === 'edit' ? 'Code' : 'Code (optional)'}
        hint={
          // The server withholds PINs (only an audited reveal shows one): blank keeps it.
          mode === 'edit' && existing?.doorman_code_hidden
            ? `${describeCodeRules(rules, false)} The current code is hidden; leave blank to keep it.`
            : describeCodeRules(rules, !context.codeRequired)
        }
        error={errors.code?.message}
      >
        {(a11y) => (
          <div className="flex gap-2">
            <input
              {...a11y}
              {...register('code')}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              className={cn(inputClass, 'font-mono tracking-widest')}
            />
            <Button
              onClick={() => void generateCode()}
              disabled={deviceIds.length === 0 || generate.isPending || !rules.canSpecifyCode}
              title={deviceIds.length === 0 ? 'Choose a lock first' : undefined}
            >
              {generate.isPending ? (
                <Loader2 aria-hidden="true" className="size-4 animate-spin" />
              ) : (
                <Wand2 aria-hidden="true" className="size-4" />
              )}
              Generate
            </Button>
          </div>
        )}
      </FormField>

      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-slate-900">Type</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {(
            [
              ['ongoing', 'Ongoing', 'Works until you delete it.'],
              ['time_bound', 'Time-bound', 'Works only between a start and an end.'],
            ] as const
          ).map(([value, label, description]) => (
            <label
              key={value}
              className={cn(
                'flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5',
                type === value ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-white',
              )}
            >
              <input
                type="radio"
                value={value}
                {...register('type')}
                className="mt-1 size-4 shrink-0 accent-brand-600"
                aria-describedby={`${fid('type')}-${value}`}
              />
              <span>
                <span className="block text-sm font-medium text-slate-900">{label}</span>
                <span id={`${fid('type')}-${value}`} className="block text-sm text-slate-600">
                  {description}
                </span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id={fid('type')} message={errors.type?.message} />
      </fieldset>

      {type === 'time_bound' ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-600">
            Times are in the lock’s time zone,{' '}
            <strong className="text-slate-800">{timeZone}</strong>
            {zones.length === 0 && chosen.length > 0
              ? ' (the lock has none set; yours is used)'
              : ''}
            .
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
                    If this code cannot be programmed in time, a backup code from the lock’s pool
                    can be handed out instead.
                  </span>
                </span>
              </label>
              <FieldError
                id={fid('backup')}
                message={errors.use_backup_access_code_pool?.message}
              />
            </div>
          ) : null}
        </div>
      ) : null}

      {failure ? <SaveFailure failure={failure} /> : null}

      <div className="flex flex-col-reverse gap-2 border-t border-slate-200 pt-4 sm:flex-row sm:justify-end">
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={busy} aria-disabled={busy}>
          {busy ? <Loader2 aria-hidden="true" className="size-4 animate-spin" /> : null}
          {busy ? (mode === 'edit' ? 'Saving…' : 'Creating…') : submitLabel}
        </Button>
      </div>
    </form>
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

/** A failed save: Seam's message and request_id, above the buttons. */
function SaveFailure({ failure }: { failure: Failure }) {
  const { error } = failure
  if (!failure.onFields) return <ErrorState error={error} title={failure.title} />
  const requestId = isApiError(error) ? error.requestId : undefined
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <p className="font-medium">{failure.title}: fix the marked fields and save again.</p>
      {requestId ? (
        <p className="mt-1 flex flex-wrap items-center gap-1 text-xs">
          Request ID: <code className="font-mono">{requestId}</code>
          <CopyButton value={requestId} label="Copy request ID" />
        </p>
      ) : null}
    </div>
  )
}
