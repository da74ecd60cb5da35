import { describe, expect, it } from 'vitest'
import { inputValueToInstant, instantToInputValue } from './wall-time-input'

describe('datetime-local values in a named zone', () => {
  it('reads the wall time in the zone it is given, not the browser’s', () => {
    expect(inputValueToInstant('2026-07-15T09:00', 'America/New_York')).toBe(
      '2026-07-15T13:00:00.000Z',
    )
    expect(inputValueToInstant('2026-07-15T09:00', 'Asia/Tokyo')).toBe('2026-07-15T00:00:00.000Z')
    expect(instantToInputValue('2026-07-15T13:00:00.000Z', 'America/New_York')).toBe(
      '2026-07-15T09:00',
    )
  })

  it('resolves a wall time in a DST gap to the end of the gap, not an hour past it', () => {
    // 02:30 never happens in New York on 8 March 2026: at 02:00 EST the clocks show 03:00 EDT
    // (07:00Z). `new Date('2026-03-08T02:30')` in a New York browser gives 03:30 EDT instead.
    expect(inputValueToInstant('2026-03-08T02:30', 'America/New_York')).toBe(
      '2026-03-08T07:00:00.000Z',
    )
  })

  it('gives nothing for an empty or malformed value', () => {
    expect(inputValueToInstant('', 'UTC')).toBeUndefined()
    expect(inputValueToInstant('2026-02-30T10:00', 'UTC')).toBeUndefined()
    expect(instantToInputValue(undefined, 'UTC')).toBe('')
    expect(instantToInputValue('nope', 'UTC')).toBe('')
  })
})
