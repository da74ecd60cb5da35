import { describe, expect, it } from 'vitest'
import { batteryInfo } from './battery'

describe('batteryInfo', () => {
  it.each([
    [0.05, 'critical', '5% · Critical'],
    [0.099, 'critical', '9% · Critical'],
    [0.1, 'low', '10% · Low'],
    [0.249, 'low', '24% · Low'],
    [0.29, 'ok', '29%'],
    [0.25, 'ok', '25%'],
    [1, 'ok', '100%'],
  ])('level %s is %s', (level, state, label) => {
    expect(batteryInfo({ battery_level: level })).toMatchObject({ state, label })
  })

  it('falls back to battery.level and reports unknown when missing', () => {
    expect(batteryInfo({ battery: { level: 0.2 } }).state).toBe('low')
    expect(batteryInfo({})).toEqual({
      state: 'unknown',
      level: undefined,
      percent: undefined,
      label: 'Unknown',
    })
  })
})
