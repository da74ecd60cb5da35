import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/api-error'
import { placeUserError } from './user-errors'

const apiError = (type: string, message: string, validationErrors?: Record<string, unknown>) =>
  new ApiError({ type, message, status: 400, kind: 'api', validationErrors })

describe('placeUserError', () => {
  it('puts a known error type on its field', () => {
    expect(
      placeUserError(apiError('email_taken', 'There is already an account for a@b.c'), [
        'email',
        'role',
        'password',
      ]),
    ).toEqual({ fields: { email: 'There is already an account for a@b.c' }, unplaced: undefined })
    expect(
      placeUserError(apiError('invalid_password', 'A password needs at least 12 characters'), [
        'password',
      ]),
    ).toEqual({
      fields: { password: 'A password needs at least 12 characters' },
      unplaced: undefined,
    })
  })

  it("puts Seam's validation_errors on their fields", () => {
    const error = apiError('invalid_input', 'Invalid input', {
      role: { _errors: ['Invalid option'] },
    })
    expect(placeUserError(error, ['email', 'role', 'password'])).toEqual({
      fields: { role: 'Invalid option' },
      unplaced: undefined,
    })
  })

  it('keeps what belongs to no field of this form as a form message', () => {
    // The reset-password form has no email field: "no such account" is said above its buttons.
    expect(placeUserError(apiError('user_not_found', 'No account for x'), ['password'])).toEqual({
      fields: {},
      unplaced: 'No account for x',
    })
    expect(placeUserError(new Error('offline'), ['email'])).toEqual({
      fields: {},
      unplaced: 'offline',
    })
  })
})
