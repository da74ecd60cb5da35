import { describe, expect, it } from 'vitest'
import { FlickAwareRange } from './flick-aware-range'

const range = (startIndex: number, endIndex: number) => ({
  startIndex,
  endIndex,
  overscan: 3,
  count: 10_000,
})

describe('FlickAwareRange', () => {
  it('adds the overscan when not scrolling and for small scroll steps', () => {
    const r = new FlickAwareRange()
    const first = r.extract(range(0, 9), false)
    expect(first).toEqual([...Array(13).keys()])
    r.commit(first[0]!, first.at(-1)!)
    // Two rows down: still inside the rendered rows plus overscan, so overscan is kept.
    expect(r.extract(range(2, 11), true)).toEqual([...Array(15).keys()])
  })

  it('renders only the visible rows for a jump past the rendered rows while scrolling', () => {
    const r = new FlickAwareRange()
    r.commit(0, 12)
    expect(r.extract(range(30, 39), true)).toEqual([...Array(10).keys()].map((i) => 30 + i))
    // Not scrolling (e.g. a programmatic jump when the data changes): overscan as usual.
    expect(r.extract(range(900, 909), false)).toEqual([...Array(16).keys()].map((i) => 897 + i))
  })

  it('brings the overscan back once scrolling stops, and handles jumps upwards', () => {
    const r = new FlickAwareRange()
    r.commit(497, 512)
    expect(r.extract(range(400, 409), true)).toHaveLength(10)
    r.commit(400, 409)
    expect(r.extract(range(400, 409), false)).toEqual([...Array(16).keys()].map((i) => 397 + i))
  })
})
