import { AlertOctagon, AlertTriangle, CheckCircle2 } from 'lucide-react'
import type { FacetOption } from './facet-filter'

/** The "Issues" facet shared by every table of Seam objects (each carries errors and warnings). */
export const issueFacetOptions: FacetOption[] = [
  {
    value: 'errors',
    label: 'Has errors',
    icon: <AlertOctagon aria-hidden="true" className="size-4 text-red-700" />,
  },
  {
    value: 'warnings',
    label: 'Warnings only',
    icon: <AlertTriangle aria-hidden="true" className="size-4 text-amber-700" />,
  },
  {
    value: 'none',
    label: 'No issues',
    icon: <CheckCircle2 aria-hidden="true" className="size-4 text-emerald-600" />,
  },
]
