import type { Tone } from '@/components/ui/badge'
import type { Severity } from '@/lib/catalogue/error-catalogue'

/** One badge colour per severity, shared by the summary cards and each problem's card. */
export const severityTone: Record<Severity, Tone> = {
  critical: 'danger',
  high: 'danger',
  medium: 'warning',
  low: 'info',
}
