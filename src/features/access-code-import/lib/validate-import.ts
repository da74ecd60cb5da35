import {
  codeSchema,
  createAccessCodeInputSchema,
  nameSchema,
  type CreateAccessCodeInput,
} from '@/api/schemas/access-code-inputs'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { lockCodeProblem, nameLengthLimits, type LockCodeProblem } from '@/lib/lock-code-rules'
import { NAME_MAX_LENGTH } from '@/api/schemas/access-code-inputs'
import { IMPORT_COLUMNS, type ImportColumn, type ImportRow } from './import-format'
import { readImportTime } from './import-times'
import { identityKey, indexExisting } from './match-existing'

/**
 * Checks every row of an import with the rules the form and the sandbox use (the request schema
 * in `access-code-inputs.ts`, the lock rules in `@/lib/lock-code-rules`, the lock's zone in
 * `@/lib/time`), and says what is wrong on the cell it is about. Only rows without errors are
 * sent; a warning (an offline lock, a formula-looking name) does not hold a row back.
 */

export type CellIssue = { column: ImportColumn; level: 'error' | 'warning'; message: string }

export type PreviewRow = ImportRow & {
  device: Device | undefined
  issues: CellIssue[]
  /** `ready`: will be sent; `invalid`: has errors; `exists`: the lock already has this code. */
  state: 'ready' | 'invalid' | 'exists'
  /** What `access_codes/create` gets, for rows that are ready. */
  request: CreateAccessCodeInput | undefined
  existingId: string | undefined
}

export type ValidationContext = {
  devices: readonly Device[]
  /** Every code on the workspace's locks now (for "already exists"). */
  existingCodes: readonly AccessCode[]
  now: number
  /** Used for a lock with no time zone of its own, as the form does. */
  viewerTimeZone: string
}

/** Spreadsheets run a cell starting with these as a formula; we store and show it as text. */
const FORMULA_START = /^[=+\-@\t\r]/

function lockCodeMessage(problem: LockCodeProblem, typed: string): string {
  switch (problem.kind) {
    case 'picks_own_code':
      return 'This lock picks its own codes. Leave the code empty.'
    case 'length': {
      const lengths = [...problem.supported].sort((a, b) => a - b)
      const list =
        lengths.length === 1
          ? `${lengths[0]}`
          : `${lengths.slice(0, -1).join(', ')} or ${lengths.at(-1)}`
      return `Use ${list} digits: this lock accepts only those lengths (this code has ${typed.length}).`
    }
    case 'constraint':
      return `Codes on this lock ${problem.message}.`
  }
}

function readBoolean(cell: string): boolean | undefined | 'bad' {
  const value = cell.trim().toLowerCase()
  if (value === '') return undefined
  if (['true', 'yes', '1', 'y'].includes(value)) return true
  if (['false', 'no', '0', 'n'].includes(value)) return false
  return 'bad'
}

type LockIndex = { byId: Map<string, Device>; byName: Map<string, Device[]> }

function indexLocks(devices: readonly Device[]): LockIndex {
  const byId = new Map(devices.map((d) => [d.device_id, d]))
  const byName = new Map<string, Device[]>()
  for (const d of devices) {
    const list = byName.get(d.display_name) ?? []
    list.push(d)
    byName.set(d.display_name, list)
  }
  return { byId, byName }
}

function resolveLock(cell: string, locks: LockIndex): { device?: Device; message?: string } {
  const value = cell.trim()
  if (value === '') return { message: 'Enter the lock’s device id or its exact name.' }
  const byId = locks.byId.get(value)
  if (byId) return { device: byId }
  const named = locks.byName.get(value) ?? []
  if (named.length === 1) return { device: named[0]! }
  if (named.length > 1)
    return { message: `${named.length} locks are named "${value}". Use the device id instead.` }
  return {
    message: `No lock has the id or name "${value}". Names must match exactly, capitals included.`,
  }
}

/** Checks one row on its own; duplicates across rows are found afterwards. */
function checkRow(row: ImportRow, locks: LockIndex, ctx: ValidationContext) {
  const issues: CellIssue[] = []
  const error = (column: ImportColumn, message: string) =>
    issues.push({ column, level: 'error', message })
  const warn = (column: ImportColumn, message: string) =>
    issues.push({ column, level: 'warning', message })
  const v = row.values
  if (row.cellCountProblem) error('lock', row.cellCountProblem)

  const { device, message: lockMessage } = resolveLock(v.lock, locks)
  if (lockMessage) error('lock', lockMessage)
  else if (device && !device.properties.online)
    warn(
      'lock',
      'This lock is offline: the code waits in Seam and is set when the lock is back online.',
    )
  const props: Partial<Device['properties']> = device?.properties ?? {}

  const name = nameSchema.safeParse(v.name)
  const { min, max } = nameLengthLimits(props, NAME_MAX_LENGTH)
  if (!name.success) error('name', name.error.issues[0]!.message)
  else if (name.data === '') error('name', 'Enter a name, e.g. "Cleaner" or "Guest: Smith".')
  else if (name.data.length > max)
    error('name', `This lock allows names of at most ${max} characters.`)
  else if (name.data.length < min)
    error('name', `This lock needs names of at least ${min} characters.`)
  else if (FORMULA_START.test(name.data))
    warn('name', 'Starts like a spreadsheet formula; it is stored and shown as plain text.')

  const code = v.code.trim()
  if (code !== '') {
    const shared = codeSchema.safeParse(code)
    if (!shared.success) error('code', `${shared.error.issues[0]!.message}.`)
    else if (device) {
      const problem = lockCodeProblem(code, props)
      if (problem) error('code', lockCodeMessage(problem, code))
    }
  }

  const zone = device?.location?.timezone ?? ctx.viewerTimeZone
  const startCell = v.starts_at.trim()
  const endCell = v.ends_at.trim()
  let startsAt: string | undefined
  let endsAt: string | undefined
  if ((startCell === '') !== (endCell === '')) {
    const missing = startCell === '' ? 'starts_at' : 'ends_at'
    error(missing, 'Give both starts_at and ends_at, or leave both empty for an ongoing code.')
  } else if (startCell !== '') {
    const start = readImportTime(startCell, zone)
    const end = readImportTime(endCell, zone)
    if (!start.ok) error('starts_at', start.message)
    else if (start.note) warn('starts_at', start.note)
    if (!end.ok) error('ends_at', end.message)
    else if (end.note) warn('ends_at', end.note)
    if (start.ok && end.ok) {
      startsAt = start.instant
      endsAt = end.instant
      if (Date.parse(endsAt) <= Date.parse(startsAt))
        error('ends_at', 'The end must be after the start.')
      else if (Date.parse(endsAt) <= ctx.now) error('ends_at', 'The end must be in the future.')
    }
  }

  const backup = readBoolean(v.use_backup_access_code_pool)
  if (backup === 'bad')
    error('use_backup_access_code_pool', 'Write true or false, or leave it empty.')
  else if (backup === true && startCell === '')
    error('use_backup_access_code_pool', 'Only a time-bound code can use the backup code pool.')
  else if (backup === true && device && !props.supports_backup_access_code_pool)
    error('use_backup_access_code_pool', 'This lock does not support the backup code pool.')

  if (!device || issues.some((i) => i.level === 'error'))
    return { device, issues, request: undefined }
  const request: CreateAccessCodeInput = { device_id: device.device_id, name: name.data! }
  if (code !== '') request.code = code
  if (startsAt && endsAt) Object.assign(request, { starts_at: startsAt, ends_at: endsAt })
  if (backup === true) request.use_backup_access_code_pool = true
  // The request schema the sandbox validates with is the last word on the shape.
  const final = createAccessCodeInputSchema.safeParse(request)
  if (!final.success) {
    for (const issue of final.error.issues) {
      const column = IMPORT_COLUMNS.find((c) => c === issue.path[0]) ?? 'lock'
      error(column, issue.message)
    }
    return { device, issues, request: undefined }
  }
  return { device, issues, request }
}

/**
 * A checker for the rows of one file, taken in order: it remembers earlier rows to find duplicate
 * PINs and duplicate codes inside the file, and knows the codes already on the locks.
 */
export function createRowValidator(ctx: ValidationContext): (row: ImportRow) => PreviewRow {
  const locks = indexLocks(ctx.devices)
  const existing = indexExisting(ctx.existingCodes)
  const pinRows = new Map<string, number>()
  const codeRows = new Map<string, number>()
  return (row) => {
    const { device, issues, request } = checkRow(row, locks, ctx)
    if (!request)
      return { ...row, device, issues, state: 'invalid', request, existingId: undefined }

    const key = identityKey(request)
    const match = existing.get(key)
    if (match)
      return { ...row, device, issues, state: 'exists', request, existingId: match.access_code_id }
    const sameCode = codeRows.get(key)
    if (sameCode !== undefined)
      issues.push({
        column: 'name',
        level: 'error',
        message: `Row ${sameCode} already gives this lock a code with this name and times.`,
      })
    else codeRows.set(key, row.rowNumber)
    if (request.code) {
      const pinKey = `${request.device_id}\u0000${request.code}`
      const samePin = pinRows.get(pinKey)
      if (samePin !== undefined)
        issues.push({
          column: 'code',
          level: 'error',
          message: `Row ${samePin} already gives this lock the same PIN. Each code on a lock needs its own PIN.`,
        })
      else pinRows.set(pinKey, row.rowNumber)
    }
    const invalid = issues.some((i) => i.level === 'error')
    return {
      ...row,
      device,
      issues,
      state: invalid ? 'invalid' : 'ready',
      request: invalid ? undefined : request,
      existingId: undefined,
    }
  }
}

/** Validates every row at once (tests, small files). */
export function validateImport(rows: readonly ImportRow[], ctx: ValidationContext): PreviewRow[] {
  return rows.map(createRowValidator(ctx))
}

/** Rows checked between two yields to the browser: a few tens of milliseconds of work. */
const CHUNK = 250

/**
 * Validates a large file without freezing the page: a chunk of rows at a time, giving the main
 * thread back in between (10,000 rows of wall times cost seconds of time-zone arithmetic).
 * Resolves to null when `signal` aborts (another file was picked).
 */
export async function validateImportInChunks(
  rows: readonly ImportRow[],
  ctx: ValidationContext,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (checked: number) => void },
): Promise<PreviewRow[] | null> {
  const check = createRowValidator(ctx)
  const out: PreviewRow[] = []
  for (let i = 0; i < rows.length; i += CHUNK) {
    for (const row of rows.slice(i, i + CHUNK)) out.push(check(row))
    if (out.length < rows.length) {
      onProgress(out.length)
      await new Promise((resolve) => setTimeout(resolve, 0))
      if (signal.aborted) return null
    }
  }
  return out
}
