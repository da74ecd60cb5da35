import { useMemo } from 'react'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Device } from '@/api/schemas/device'
import { presentStatus } from '@/features/access-codes/components/status-styles'
import { viewerTimeZone } from '@/lib/time/zoned-time'

/**
 * The access-codes feature's status presentation (label, tone, icon, description), bound to each
 * code's lock zone and `now`, for the properties and timeline features to show.
 */
export function useStatusPresenter(devices: readonly Device[] | undefined, now: number) {
  return useMemo(() => {
    const zones = new Map((devices ?? []).map((d) => [d.device_id, d.location?.timezone]))
    const viewer = viewerTimeZone()
    return (code: AccessCode) =>
      presentStatus(code, { timeZone: zones.get(code.device_id) ?? viewer, now })
  }, [devices, now])
}
