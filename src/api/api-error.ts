import type { ValidationErrors } from './schemas/common'

/** Where an error came from: the Seam API (or sandbox), the network, a timeout, or a bad response shape. */
export type ApiErrorKind = 'api' | 'network' | 'timeout' | 'invalid_response'

/** The one error type every request throws. Carries what support needs: type, message and request_id. */
export class ApiError extends Error {
  readonly type: string
  readonly status: number
  readonly requestId: string | undefined
  readonly validationErrors: ValidationErrors | undefined
  readonly kind: ApiErrorKind
  /** From a `Retry-After` header, in milliseconds. */
  readonly retryAfterMs: number | undefined

  constructor(init: {
    type: string
    message: string
    status: number
    kind: ApiErrorKind
    requestId?: string | undefined
    validationErrors?: ValidationErrors | undefined
    retryAfterMs?: number | undefined
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.type = init.type
    this.status = init.status
    this.kind = init.kind
    this.requestId = init.requestId
    this.validationErrors = init.validationErrors
    this.retryAfterMs = init.retryAfterMs
  }

  /** 4xx other than 429 means the request itself is wrong: retrying cannot help. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 429
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/**
 * Flattens Seam's nested `validation_errors` (`{ field: { _errors: [...] } }`) into
 * `{ 'field': 'first message' }`, with dotted paths for nested fields.
 */
export function fieldErrors(
  validationErrors: ValidationErrors | undefined,
): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== 'object' || node === null) return
    for (const [key, value] of Object.entries(node)) {
      if (key === '_errors') {
        const first = Array.isArray(value) ? value.find((m) => typeof m === 'string') : undefined
        if (first && path.length > 0) out[path.join('.')] = first
      } else {
        walk(value, [...path, key])
      }
    }
  }
  walk(validationErrors, [])
  return out
}

/** The dashboard refused a request because nobody is signed in (the session ended or was revoked). */
export function isSessionEnded(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && error.type === 'unauthorized'
}
