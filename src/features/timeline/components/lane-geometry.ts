import type { AccessCode } from '@/api/schemas/access-code'
import type { LaneModel } from '../lib/timeline-model'

/** px per sub-lane */
export const ROW = 30
/** px for the ongoing band */
export const BAND = 20
export const PAD = 6

/** A fraction of the window as a CSS percentage. */
export const pct = (f: number) => `${(f * 100).toFixed(4)}%`

/** Top of the first sub-lane: below the ongoing band when the lane has one. */
export const barsTop = (model: LaneModel<AccessCode>) => PAD + (model.ongoing.length ? BAND + 4 : 0)

export const laneHeight = (model: LaneModel<AccessCode>) => barsTop(model) + model.rows * ROW + PAD

/** No lane is lower than this (one sub-lane, no band), whatever its codes. */
export const MIN_LANE_HEIGHT = PAD * 2 + ROW
