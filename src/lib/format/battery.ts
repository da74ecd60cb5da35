/** Battery thresholds, as fractions of a full battery (Seam reports 0..1). */
export const BATTERY_CRITICAL_BELOW = 0.1
export const BATTERY_LOW_BELOW = 0.25

export type BatteryState = 'critical' | 'low' | 'ok' | 'unknown'

export type BatteryInfo = {
  state: BatteryState
  /** 0..1, undefined when the lock does not report it. */
  level: number | undefined
  /** Whole percent, undefined when unknown. */
  percent: number | undefined
  /** "8% · Critical", "20% · Low", "76%", "Unknown" — the words carry the state, not colour. */
  label: string
}

const STATE_WORD: Record<BatteryState, string> = {
  critical: 'Critical',
  low: 'Low',
  ok: 'OK',
  unknown: 'Unknown',
}

/**
 * Battery state from a lock's properties: `battery_level` (0..1) or `battery.level`.
 * Critical below 10 %, low below 25 %, unknown when missing or not a number.
 */
export function batteryInfo(properties: {
  battery_level?: number | undefined
  battery?: { level?: number | undefined } | undefined
}): BatteryInfo {
  const raw = properties.battery_level ?? properties.battery?.level
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return { state: 'unknown', level: undefined, percent: undefined, label: 'Unknown' }
  }
  const level = Math.min(1, Math.max(0, raw))
  // Floor (with a float guard) so the shown percent never contradicts the state: 9.9 % is "9%".
  const percent = Math.floor(level * 100 + 1e-9)
  const state: BatteryState =
    level < BATTERY_CRITICAL_BELOW ? 'critical' : level < BATTERY_LOW_BELOW ? 'low' : 'ok'
  const label = state === 'ok' ? `${percent}%` : `${percent}% · ${STATE_WORD[state]}`
  return { state, level, percent, label }
}

export const batteryStateWord = (state: BatteryState) => STATE_WORD[state]
