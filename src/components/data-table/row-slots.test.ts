import { describe, expect, it } from 'vitest'
import { RowSlots } from './row-slots'

/** Row ids `r<from>` … for `count` consecutive rows. */
const range = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `r${from + i}`)

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

  it('keeps each row’s key when a row above it is removed or inserted (state stays with the row)', () => {
    const slots = new RowSlots()
    const [a, b, c, d] = slots.keysFor(['a', 'b', 'c', 'd'])
    // "b" goes: "c" and "d" move up a place and keep their keys; the row coming in is new.
    const afterRemoval = slots.keysFor(['a', 'c', 'd', 'e'])
    expect(afterRemoval.slice(0, 3)).toEqual([a, c, d])
    expect([a, b, c, d]).not.toContain(afterRemoval[3])
    // A row inserted above "c" gets a fresh key; "c" and "d" keep theirs.
    const afterInsert = slots.keysFor(['a', 'x', 'c', 'd'])
    expect(afterInsert[0]).toBe(a)
    expect(afterInsert.slice(2)).toEqual([c, d])
    expect(new Set(afterInsert).size).toBe(4)
  })
})

describe('RowSlots.plan', () => {
  it('changes nothing until committed, so a render React throws away leaves no trace', () => {
    const slots = new RowSlots()
    const first = slots.keysFor(range(0, 5))
    // A discarded render planned a jump; the render that commits plans a small scroll instead.
    const discarded = slots.plan(range(100, 5))
    expect(discarded.keys).toEqual(first)
    const planned = slots.plan(range(1, 5))
    expect(planned).toEqual(slots.plan(range(1, 5)))
    expect(planned.keys.slice(0, 4)).toEqual(first.slice(1))
    slots.commit(planned)
    expect(slots.keysFor(range(1, 5))).toEqual(planned.keys)
  })
})
