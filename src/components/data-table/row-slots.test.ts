import { describe, expect, it } from 'vitest'
import { RowSlots } from './row-slots'

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i)

describe('RowSlots', () => {
  it('keeps the key of a row that stays on screen and builds the few that come in', () => {
    const slots = new RowSlots()
    const first = slots.keysFor(range(0, 5))
    const next = slots.keysFor(range(2, 5))
    expect(next.slice(0, 3)).toEqual(first.slice(2))
    expect(new Set([...first, ...next.slice(3)]).size).toBe(7)
    const back = slots.keysFor(range(0, 5))
    expect(back.slice(2)).toEqual(next.slice(0, 3))
  })

  it('hands every key over, in order, when the window jumps', () => {
    const slots = new RowSlots()
    const first = slots.keysFor(range(0, 5))
    expect(slots.keysFor(range(100, 5))).toEqual(first)
    // A shorter window after a jump uses a prefix; a longer one adds fresh keys at the end.
    expect(slots.keysFor(range(500, 3))).toEqual(first.slice(0, 3))
    const longer = slots.keysFor(range(900, 6))
    expect(longer.slice(0, 3)).toEqual(first.slice(0, 3))
    expect(new Set(longer).size).toBe(6)
  })
})
