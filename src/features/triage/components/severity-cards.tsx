import { Badge } from '@/components/ui/badge'
import { SEVERITIES, severityLabel, type Severity } from '@/lib/catalogue/error-catalogue'
import { severityTone } from './severity-tone'

/**
 * One card per severity with how many objects it affects. A card is a toggle for the severity
 * filter, so the counts it shows must not depend on that filter (the page passes counts taken
 * without it; otherwise picking one card would zero the others).
 */
export function SeverityCards({
  counts,
  selected,
  onSelect,
}: {
  counts: Readonly<Record<Severity, number>>
  selected: Severity | undefined
  /** `undefined` clears the filter (pressing the selected card again). */
  onSelect: (severity: Severity | undefined) => void
}) {
  return (
    <ul aria-label="Summary by severity" className="mb-4 grid grid-cols-4 gap-2 sm:gap-3">
      {SEVERITIES.map((s) => (
        <li key={s}>
          <button
            type="button"
            aria-pressed={selected === s}
            onClick={() => onSelect(selected === s ? undefined : s)}
            className="w-full rounded-xl border border-slate-200 bg-white p-2 text-left shadow-sm hover:border-slate-300 aria-pressed:border-brand-600 aria-pressed:ring-2 aria-pressed:ring-brand-600/30 sm:p-3"
          >
            <Badge tone={severityTone[s]}>{severityLabel[s]}</Badge>
            <span className="mt-1 block text-xl font-semibold text-slate-900 tabular-nums sm:text-2xl">
              {counts[s]}
            </span>
            <span className="text-xs text-slate-600 max-sm:sr-only">
              affected {counts[s] === 1 ? 'object' : 'objects'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}
