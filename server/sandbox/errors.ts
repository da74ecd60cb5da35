import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ValidationErrors } from '../../src/api/schemas/common'

/** An expected failure that becomes Seam's `{ ok: false, error }` envelope. */
export class SandboxError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly type: string,
    message: string,
    readonly validationErrors?: ValidationErrors,
    readonly headers?: Record<string, string>,
  ) {
    super(message)
  }
}

export interface InputIssue {
  path: PropertyKey[]
  message: string
}

/**
 * Nest issues like zod's `format()`: the shape Seam returns (see the `invalid_input` example on
 * Seam's 'Pull Backup Access Code' page).
 */
export function formatIssues(issues: InputIssue[]): ValidationErrors {
  const root: ValidationErrors = { _errors: [] }
  for (const issue of issues) {
    let node: ValidationErrors = root
    for (const key of issue.path) {
      const k = String(key)
      const child = (node[k] as ValidationErrors | undefined) ?? { _errors: [] }
      node[k] = child
      node = child
    }
    node._errors!.push(issue.message)
  }
  return root
}

export function invalidInput(issues: InputIssue[]): SandboxError {
  const first = issues[0]
  const field = first && first.path.length > 0 ? first.path.map(String).join('.') : undefined
  const message = first
    ? field
      ? `${first.message} for "${field}"`
      : first.message
    : 'Invalid input'
  return new SandboxError(400, 'invalid_input', message, formatIssues(issues))
}

export const fieldError = (field: string, message: string) =>
  invalidInput([{ path: [field], message }])

export const notFound = (resource: 'access_code' | 'device' | 'action_attempt', message?: string) =>
  new SandboxError(
    404,
    `${resource}_not_found`,
    message ?? `Could not find a ${resource} with that id`,
  )

export const conflict = (type: string, message: string) => new SandboxError(409, type, message)
