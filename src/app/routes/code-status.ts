import { useMemo } from 'react'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { presentStatus } from '@/features/access-codes/components/status-styles'
import { viewerTimeZone } from '@/lib/time/zones'

type Presentation = ReturnType<typeof presentStatus>

function createPresenter(devices: readonly Device[] | undefined, now: number) {
  const zones = new Map((devices ?? []).map((d) => [d.device_id, d.location?.timezone]))
  const viewer = viewerTimeZone()
  // Codes are immutable cache entries: one presentation per code object and `now`, however
  // often a timeline or a status bar re-renders (thousands of codes on a large property).
  const seen = new WeakMap<AccessCode, Presentation>()
  return (code: AccessCode): Presentation => {
    let p = seen.get(code)
    if (!p) {
      p = presentStatus(code, { timeZone: zones.get(code.device_id) ?? viewer, now })
      seen.set(code, p)
    }
    return p
  }
}

/**
 * The access-codes feature's status presentation (label, tone, icon, description), bound to each
 * code's lock zone and `now`, for the properties and timeline features to show.
 */
export function useStatusPresenter(devices: readonly Device[] | undefined, now: number) {
  return useMemo(() => createPresenter(devices, now), [devices, now])
}
