import { describe, expect, it } from 'vitest'
import { runBulk } from './run-bulk'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('runBulk', () => {
  it('keeps going past failures and gives each item its own outcome, in order', async () => {
    const settled: number[] = []
    const outcomes = await runBulk(
      [1, 2, 3, 4, 5],
      async (n) => {
        await tick()
        if (n % 2 === 0) throw new Error(`no ${n}`)
        return n * 10
      },
      { onSettled: (n) => settled.push(n) },
    )
    expect(outcomes.map((o) => (o.status === 'ok' ? o.value : (o.error as Error).message))).toEqual(
      [10, 'no 2', 30, 'no 4', 50],
    )
    expect(settled.sort()).toEqual([1, 2, 3, 4, 5])
  })

  it('never has more than `concurrency` actions in flight', async () => {
    let inFlight = 0
    let most = 0
    await runBulk(
      Array.from({ length: 20 }, (_, i) => i),
      async () => {
        inFlight += 1
        most = Math.max(most, inFlight)
        await tick()
        inFlight -= 1
      },
      { concurrency: 3 },
    )
    expect(most).toBe(3)
  })
})
