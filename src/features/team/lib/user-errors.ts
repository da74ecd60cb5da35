import { fieldErrors, isApiError } from '@/api/api-error'

export type UserField = 'email' | 'role' | 'password'

/** Error types of the account routes that are about one field though they carry no field name. */
const FIELD_FOR_TYPE: Readonly<Record<string, UserField>> = {
  email_taken: 'email',
  invalid_email: 'email',
  user_not_found: 'email',
  invalid_role: 'role',
  invalid_password: 'password',
}

export type PlacedUserError = {
  /** Messages for the form's fields (only fields the form has). */
  fields: Partial<Record<UserField, string>>
  /** The message to show above the buttons when no field took it. */
  unplaced: string | undefined
}

/**
 * Sorts a failed account request's error onto the form's fields: Seam's `validation_errors`
 * first, then the error types that belong to one field. Anything else stays a form-level message.
 */
export function placeUserError(error: unknown, formFields: readonly UserField[]): PlacedUserError {
  const message = error instanceof Error ? error.message : 'Something went wrong'
  if (!isApiError(error)) return { fields: {}, unplaced: message }
  const fields: PlacedUserError['fields'] = {}
  for (const [path, text] of Object.entries(fieldErrors(error.validationErrors))) {
    const field = path.split('.')[0] as UserField
    if (formFields.includes(field) && fields[field] === undefined) fields[field] = text
  }
  const typed = FIELD_FOR_TYPE[error.type]
  if (typed && formFields.includes(typed) && fields[typed] === undefined)
    fields[typed] = error.message
  return { fields, unplaced: Object.keys(fields).length === 0 ? message : undefined }
}
