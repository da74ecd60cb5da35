import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/api-error'
import { placeServerError } from './server-errors'

const apiError = (over: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ type: 'invalid_input', message: 'Invalid', status: 400, kind: 'api', ...over })

describe('placeServerError', () => {
  it('puts validation_errors on their fields', () => {
    const e = apiError({
      validationErrors: {
        _errors: [],
        code: { _errors: ['Code length 9 is not supported'] },
        device_id: { _errors: ['bad'] },
      },
    })
    expect(placeServerError(e)).toEqual({
      fields: { code: 'Code length 9 is not supported', device_ids: 'bad' },
      unplaced: false,
    })
  })

  it('puts a duplicate code on the code field', () => {
    const e = apiError({
      type: 'duplicate_access_code',
      status: 409,
      message: 'Code 1234 is already in use',
    })
    expect(placeServerError(e)).toEqual({
      fields: { code: 'Code 1234 is already in use' },
      unplaced: false,
    })
  })

  it('leaves other errors for the inline alert', () => {
    expect(placeServerError(apiError({ type: 'internal_server_error', status: 500 }))).toEqual({
      fields: {},
      unplaced: true,
    })
    expect(placeServerError(new Error('boom')).unplaced).toBe(true)
    const mixed = apiError({
      validationErrors: { access_code_id: { _errors: ['x'] }, name: { _errors: ['y'] } },
    })
    expect(placeServerError(mixed)).toEqual({ fields: { name: 'y' }, unplaced: true })
  })
})
