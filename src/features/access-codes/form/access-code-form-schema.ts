import * as z from 'zod/mini'
import {
  checkSchedule,
  codeSchema,
  createMultipleAccessCodesInputSchema,
  nameSchema,
} from '@/api/schemas/access-code-inputs'
import { accessCodeTypeSchema, type AccessCode } from '@/api/schemas/access-code'
import { formatInZone } from '@/lib/time/format'
import { instantToWallTime, wallTimeToInstant } from '@/lib/time/zoned-time'
import { codeProblem, type CodeRules } from './code-rules'

/**
 * The access-code form's schema, derived from the request schemas the sandbox validates with
 * (`access-code-inputs.ts`): the same name, code and schedule rules, plus what only the form
 * knows — the chosen locks' code rules, the lock's time zone and the current time.
 *
 * Input: what the fields hold (wall times as `YYYY-MM-DDTHH:mm` in the lock's zone).
 * Output: an {@link AccessCodeDraft} with UTC instants, ready for the create/update requests.
 */

export type AccessCodeFormContext = {
  mode: 'create' | 'edit'
  /** IANA zone the times are entered in (the lock's, or the viewer's when the lock has none). */
  timeZone: string
  rules: CodeRules
  /** Every chosen lock supports the backup code pool. */
  backupPoolSupported: boolean
  /** Editing a code that has a code value: it cannot be blanked. */
  codeRequired?: boolean
  now?: () => number
}

export type AccessCodeFormValues = {
  device_ids: string[]
  name: string
  code: string
  type: 'ongoing' | 'time_bound'
  starts_at: string
  ends_at: string
  use_backup_access_code_pool: boolean
}

/** What the form produces: the request fields, with times as ISO instants. */
export type AccessCodeDraft = {
  device_ids: string[]
  name: string
  code?: string
  type: 'ongoing' | 'time_bound'
  starts_at?: string
  ends_at?: string
  use_backup_access_code_pool?: boolean
}

export type AccessCodeFormField = keyof AccessCodeFormValues

/** What a date input holds when the browser has an impossible date in it (e.g. 30 February). */
export const IMPOSSIBLE_DATE = 'impossible-date'

const FIELD_LABEL = { starts_at: 'start', ends_at: 'end' } as const

/** A field message for a wall time that cannot be turned into an instant. */
export function wallTimeProblem(
  value: string,
  field: 'starts_at' | 'ends_at',
  timeZone: string,
): string | null {
  if (value.trim() === '') return `Enter the ${FIELD_LABEL[field]} date and time.`
  const result = wallTimeToInstant(value, timeZone)
  if (result.ok) return null
  switch (result.reason) {
    case 'gap': {
      const [date, time] = value.split('T') as [string, string]
      return `${time} does not exist on ${date} in ${timeZone}: the clocks skip ahead that night. Choose a time after the change.`
    }
    case 'invalid_zone':
      return `The lock's time zone "${timeZone}" is not recognised.`
    default:
      return `Enter a real date and time: that ${FIELD_LABEL[field]} date does not exist.`
  }
}

/** Explains which of two readings a repeated (fall-back) wall time was given, or null. */
export function ambiguityNote(value: string, timeZone: string): string | null {
  const result = wallTimeToInstant(value, timeZone)
  if (!result.ok || !result.ambiguous) return null
  return `This time happens twice that night (the clocks go back). Using the first: ${formatInZone(result.epochMs, timeZone)}.`
}

type Issue = { path: PropertyKey[]; message: string }

/** Runs the shared schedule rule and rewords its API-facing messages for people. */
function scheduleIssues(starts: string, ends: string): Issue[] {
  const issues: Issue[] = []
  const collector = {
    addIssue: (issue: { path?: PropertyKey[]; message?: string }) =>
      issues.push({ path: issue.path ?? [], message: issue.message ?? '' }),
  } as unknown as Parameters<typeof checkSchedule>[1]
  checkSchedule({ type: 'time_bound', starts_at: starts, ends_at: ends }, collector)
  return issues.map((i) =>
    i.path[0] === 'ends_at' && /after/.test(i.message)
      ? { ...i, message: 'The end must be after the start.' }
      : i,
  )
}

export function accessCodeFormSchema(ctx: AccessCodeFormContext) {
  const now = ctx.now ?? Date.now
  const { shape } = createMultipleAccessCodesInputSchema
  const fields = z.object({
    device_ids: ctx.mode === 'create' ? shape.device_ids : z.array(z.string()),
    name: z.string(),
    code: z.string(),
    type: accessCodeTypeSchema,
    starts_at: z.string(),
    ends_at: z.string(),
    use_backup_access_code_pool: z.boolean(),
  })
  return z.pipe(
    fields.check(
      z.superRefine((v, rc) => {
        const add = (path: AccessCodeFormField, message: string) =>
          rc.addIssue({ code: 'custom', path: [path], message })

        if (ctx.mode === 'create' && v.device_ids.length > 0 && ctx.rules.lengths.length === 0) {
          add(
            'device_ids',
            'These locks have no code length in common, so they cannot share a code. Choose fewer locks.',
          )
        }

        const name = nameSchema.safeParse(v.name)
        if (!name.success) add('name', name.error.issues[0]!.message)
        else if (name.data === '') add('name', 'Enter a name, e.g. "Cleaner" or "Guest: Smith".')
        else if (name.data.length > ctx.rules.nameMaxLength)
          add('name', `This lock allows names of at most ${ctx.rules.nameMaxLength} characters.`)
        else if (name.data.length < ctx.rules.nameMinLength)
          add('name', `This lock needs names of at least ${ctx.rules.nameMinLength} characters.`)

        const code = v.code.trim()
        if (code === '') {
          if (ctx.codeRequired) add('code', 'Enter a code, or generate one.')
        } else {
          const shared = codeSchema.safeParse(code)
          const problem = shared.success
            ? codeProblem(code, ctx.rules)
            : shared.error.issues[0]!.message
          if (problem) add('code', problem)
        }

        if (v.type === 'time_bound') {
          const startProblem = wallTimeProblem(v.starts_at, 'starts_at', ctx.timeZone)
          const endProblem = wallTimeProblem(v.ends_at, 'ends_at', ctx.timeZone)
          if (startProblem) add('starts_at', startProblem)
          if (endProblem) add('ends_at', endProblem)
          if (!startProblem && !endProblem) {
            const starts = toInstant(v.starts_at, ctx.timeZone)
            const ends = toInstant(v.ends_at, ctx.timeZone)
            const schedule = scheduleIssues(starts, ends)
            for (const issue of schedule) add(issue.path[0] as AccessCodeFormField, issue.message)
            if (schedule.length === 0 && Date.parse(ends) <= now()) {
              add('ends_at', 'The end must be in the future.')
            }
          }
          if (v.use_backup_access_code_pool && !ctx.backupPoolSupported) {
            add(
              'use_backup_access_code_pool',
              'Not every chosen lock supports the backup code pool.',
            )
          }
        }
      }),
    ),
    z.transform((v: z.output<typeof fields>): AccessCodeDraft => {
      const draft: AccessCodeDraft = {
        device_ids: v.device_ids,
        name: v.name.trim(),
        type: v.type,
      }
      const code = v.code.trim()
      if (code !== '') draft.code = code
      if (v.type === 'time_bound') {
        draft.starts_at = toInstant(v.starts_at, ctx.timeZone)
        draft.ends_at = toInstant(v.ends_at, ctx.timeZone)
        if (ctx.backupPoolSupported)
          draft.use_backup_access_code_pool = v.use_backup_access_code_pool
      }
      return draft
    }),
  )
}

/** Wall time → ISO instant; only call after {@link wallTimeProblem} returned null. */
function toInstant(wall: string, timeZone: string): string {
  const r = wallTimeToInstant(wall, timeZone)
  if (!r.ok) throw new Error(`not a valid wall time: ${wall}`)
  return new Date(r.epochMs).toISOString()
}

/** The form's starting values: the existing code when editing, blanks when creating. */
export function accessCodeFormDefaults(opts: {
  existing?: AccessCode | undefined
  deviceIds?: readonly string[]
  timeZone: string
  /** Create: a window chosen beforehand (e.g. on a timeline), as ISO instants. */
  window?: { startsAt: string; endsAt: string } | undefined
}): AccessCodeFormValues {
  const { existing, timeZone, window } = opts
  if (!existing) {
    return {
      device_ids: [...(opts.deviceIds ?? [])],
      name: '',
      code: '',
      type: window ? 'time_bound' : 'ongoing',
      starts_at: window ? instantToWallTime(window.startsAt, timeZone) : '',
      ends_at: window ? instantToWallTime(window.endsAt, timeZone) : '',
      use_backup_access_code_pool: false,
    }
  }
  const timeBound = existing.type === 'time_bound'
  return {
    device_ids: [existing.device_id],
    name: existing.name ?? '',
    code: existing.code ?? '',
    type: existing.type,
    starts_at:
      timeBound && existing.starts_at ? instantToWallTime(existing.starts_at, timeZone) : '',
    ends_at: timeBound && existing.ends_at ? instantToWallTime(existing.ends_at, timeZone) : '',
    use_backup_access_code_pool: existing.is_backup_access_code_available,
  }
}
