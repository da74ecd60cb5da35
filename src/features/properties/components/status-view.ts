import type { LucideIcon } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import type { Tone } from '@/components/ui/badge'

/** How a code's status is shown (the access-codes feature's presentation, composed by the route). */
export type CodeStatusView = { label: string; tone: Tone; icon: LucideIcon }
export type PresentStatus = (code: AccessCode) => CodeStatusView

/** Solid fills for a status's share of a stacked bar, one per badge tone. */
export const toneFill: Record<Tone, string> = {
  success: 'bg-emerald-500',
  brand: 'bg-brand-500',
  info: 'bg-sky-500',
  warning: 'bg-amber-500',
  neutral: 'bg-slate-400',
  danger: 'bg-red-600',
}

/** The order statuses are listed in: working first, then in flight, then trouble. */
export const toneOrder: Tone[] = ['success', 'brand', 'info', 'warning', 'neutral', 'danger']
