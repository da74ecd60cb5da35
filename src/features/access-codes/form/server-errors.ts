import { fieldErrors, isApiError } from '@/api/api-error'
import { accessCodeFormDefaults, type AccessCodeFormField } from './access-code-form-schema'

// Form fields carry the names of Seam's request fields, so a request field names the form field
// that shows its message (a new field needs no line here); only other spellings are listed.
const FORM_FIELDS = new Set<string>(Object.keys(accessCodeFormDefaults({ timeZone: 'UTC' })))
const FIELD_ALIASES: Record<string, AccessCodeFormField> = { device_id: 'device_ids' }
const fieldForParam = (param: string): AccessCodeFormField | undefined =>
  FIELD_ALIASES[param] ?? (FORM_FIELDS.has(param) ? (param as AccessCodeFormField) : undefined)

/** Error types that are about one field even though Seam sends no `validation_errors`. */
const FIELD_FOR_ERROR_TYPE: Record<string, AccessCodeFormField> = {
  duplicate_access_code: 'code',
  no_common_code_length: 'device_ids',
}

export type PlacedErrors = {
  /** Messages to show on fields. */
  fields: Partial<Record<AccessCodeFormField, string>>
  /** True when part of the error belongs to no field and must be shown above the buttons. */
  unplaced: boolean
}

/** Sorts a failed save's error onto the form's fields (server `validation_errors` and known types). */
export function placeServerError(error: unknown): PlacedErrors {
  if (!isApiError(error)) return { fields: {}, unplaced: true }
  const fields: PlacedErrors['fields'] = {}
  let unplaced = false
  for (const [path, message] of Object.entries(fieldErrors(error.validationErrors))) {
    const field = fieldForParam(path.split('.')[0]!)
    if (field && fields[field] === undefined) fields[field] = message
    else if (!field) unplaced = true
  }
  const typed = FIELD_FOR_ERROR_TYPE[error.type]
  if (typed && fields[typed] === undefined) fields[typed] = error.message
  if (Object.keys(fields).length === 0) unplaced = true
  return { fields, unplaced }
}
