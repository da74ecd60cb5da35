import { useDoormanInfo } from '@/api/doorman-info'
import { can, deniedReason } from '@/lib/permissions'
import { useId, useMemo, useState } from 'react'
import { Controller, FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { Loader2, Wand2 } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'
import { isValidTimeZone, lockTimeZone, viewerTimeZone } from '@/lib/time/zones'
import { useGenerateCode } from '../api/generate-code'
import {
  accessCodeFormDefaults,
  accessCodeFormSchema,
  type AccessCodeDraft,
  type AccessCodeFormContext,
  type AccessCodeFormValues,
} from './access-code-form-schema'
import { codeProblem, codeRulesFor, describeCodeRules } from './code-rules'
import { DevicePicker } from './device-picker'
import { EditHeader } from './edit-header'
import { FieldError, FormField, inputClass } from './form-field'
import { SaveFailurePanel } from './save-failure-panel'
import { ScheduleFields } from './schedule-fields'
import { useSaveAccessCode } from './use-save-access-code'
import { backupPoolSupport } from '@/lib/devices/device-identity'

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

/** The chosen locks, their combined rules and the zone times are entered in. */
function formContext(
  mode: 'create' | 'edit',
  devices: readonly Device[],
  deviceIds: readonly string[],
  viewerZone: string,
  existing: AccessCode | undefined,
) {
  const chosen = devices.filter((d) => deviceIds.includes(d.device_id))
  const zones = [...new Set(chosen.map((d) => d.location?.timezone).filter(isValidTimeZone))]
  const context: AccessCodeFormContext = {
    mode,
    timeZone: lockTimeZone(zones[0], viewerZone),
    rules: codeRulesFor(chosen),
    backupPoolSupported: chosen.length > 0 && chosen.every((d) => backupPoolSupport(d) === true),
    codeRequired: mode === 'edit' && existing?.code != null,
  }
  return { chosen, zones, context }
}

/**
 * One form for creating and editing access codes. Validation comes from
 * {@link accessCodeFormSchema} (built on the request schemas the server uses); a failed save
 * puts the server's messages on their fields and keeps everything typed. A role that may not
 * write codes sees why instead of the form (the server refuses it anyway).
 */
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
  const [renderedAt] = useState(() => Date.now())

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

  const [deviceIds, type, name] = useWatch({ control, name: ['device_ids', 'type', 'name'] })
  const { chosen, zones, context } = formContext(mode, devices, deviceIds, viewerZone, existing)
  const { rules, timeZone, backupPoolSupported } = context

  const { submit, isPending, failure, setFailure } = useSaveAccessCode({
    mode,
    existing,
    timeZone,
    onSaved,
    setError,
  })
  const generate = useGenerateCode()

  async function generateCode() {
    setFailure(null)
    try {
      const code = await generate.mutateAsync({
        deviceIds,
        accepts: (pin) => codeProblem(pin, rules) === null,
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

  const busy = isSubmitting || isPending
  const submitLabel = mode === 'edit' ? 'Save changes' : 'Create access code'
  const device = chosen[0]

  // The provider lets a section (ScheduleFields) take the form from context instead of props.
  return (
    <FormProvider {...form}>
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
          <EditHeader device={device} existing={existing} timeZone={timeZone} now={renderedAt} />
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
          <ScheduleFields
            fid={fid}
            timeZone={timeZone}
            zones={zones}
            hasChosenLock={chosen.length > 0}
            viewerZone={viewerZone}
            backupPoolSupported={backupPoolSupported}
          />
        ) : null}

        {failure ? <SaveFailurePanel failure={failure} /> : null}

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
    </FormProvider>
  )
}
