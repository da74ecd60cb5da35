import { useMemo } from 'react'
import { Link } from '@tanstack/react-router'
import { Building2, LogIn, LogOut, Wifi, WifiOff } from 'lucide-react'
import type { AccessCode } from '@/api/schemas/access-code'
import { SEVERITIES, severityLabel, type Severity } from '@/lib/catalogue/severity'
import { cn } from '@/lib/cn'
import { zoneAbbreviation } from '@/lib/time/format'
import { codesOf, triageFilterOf, type Property, type PropertySummary } from '../lib/properties'
import { toneFill, toneOrder, type PresentStatus } from './status-view'
import { Panel, PanelHeader } from '@/components/ui/panel'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

const severityText: Record<Severity, string> = {
  critical: 'text-red-800',
  high: 'text-red-700',
  medium: 'text-amber-800',
  low: 'text-slate-700',
}

/** Codes by status as a stacked bar (decorative) beside a text list that carries the numbers. */
export function StatusBreakdown({
  codes,
  present,
  label,
}: {
  codes: readonly AccessCode[]
  present: PresentStatus
  label: string
}) {
  const list = useMemo(() => {
    const groups = new Map<string, { label: string; tone: keyof typeof toneFill; count: number }>()
    for (const c of codes) {
      const v = present(c)
      const g = groups.get(v.label)
      if (g) g.count += 1
      else groups.set(v.label, { label: v.label, tone: v.tone, count: 1 })
    }
    return [...groups.values()].sort(
      (a, b) => toneOrder.indexOf(a.tone) - toneOrder.indexOf(b.tone) || b.count - a.count,
    )
  }, [codes, present])
  if (codes.length === 0) return <p className="text-sm text-slate-600">No access codes</p>
  return (
    <div>
      <div
        aria-hidden="true"
        className="flex h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
      >
        {list.map((g) => (
          <div
            key={g.label}
            className={cn('h-full', toneFill[g.tone])}
            style={{ width: `${(g.count / codes.length) * 100}%` }}
          />
        ))}
      </div>
      <ul aria-label={label} className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
        {list.map((g) => (
          <li key={g.label} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className={cn('size-2.5 rounded-full', toneFill[g.tone])} />
            <span>
              {g.label} <span className="font-semibold text-slate-900">{g.count}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** One property on the overview: locks, codes by status, open problems, today's arrivals. */
export function PropertyCard({
  property,
  summary,
  codes,
  codesLoading,
  present,
  now,
}: {
  property: Property
  summary: PropertySummary
  codes: readonly AccessCode[]
  codesLoading: boolean
  present: PresentStatus
  now: number
}) {
  const headingId = `property-${property.id}`
  const own = useMemo(() => codesOf(property, codes), [property, codes])
  return (
    <Panel headingId={headingId} className="flex flex-col">
      <PanelHeader>
        <h2 id={headingId} className="flex items-center gap-2 text-base font-semibold">
          <Building2 aria-hidden="true" className="size-5 shrink-0 text-brand-600" />
          <Link
            to="/properties/$propertyId"
            params={{ propertyId: property.id }}
            className="text-slate-900 hover:text-brand-700 hover:underline"
          >
            {property.name}
          </Link>
        </h2>
        <p className="mt-0.5 text-sm text-slate-600">
          {property.timeZone
            ? `${property.timeZone} · ${zoneAbbreviation(now, property.timeZone)}`
            : `No time zone (shown in ${summary.timeZone})`}
        </p>
      </PanelHeader>
      <dl className="grid flex-1 gap-4 p-4 text-sm">
        <div>
          <dt className="font-medium text-slate-900">Locks</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-700">
            <span>{plural(summary.locks.total, 'lock')}</span>
            <span className="inline-flex items-center gap-1">
              <Wifi aria-hidden="true" className="size-4 text-emerald-600" />
              {summary.locks.online} online
            </span>
            <span
              className={cn(
                'inline-flex items-center gap-1',
                summary.locks.offline > 0 && 'font-medium text-red-700',
              )}
            >
              <WifiOff aria-hidden="true" className="size-4" />
              {summary.locks.offline} offline
            </span>
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">
            Access codes{codesLoading ? ' (loading…)' : ` (${summary.codes})`}
          </dt>
          <dd className="mt-1.5">
            <StatusBreakdown
              codes={own}
              present={present}
              label={`Access codes at ${property.name} by status`}
            />
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Open problems ({summary.problemsTotal})</dt>
          <dd className="mt-1">
            {summary.problemsTotal === 0 ? (
              <span className="text-slate-600">None</span>
            ) : (
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {SEVERITIES.filter((s) => summary.problems[s] > 0).map((s) => (
                  <li key={s}>
                    <Link
                      to="/triage"
                      search={{ ...triageFilterOf(property), severity: s, sort: 'count' }}
                      className={cn(
                        'font-medium underline-offset-2 hover:underline',
                        severityText[s],
                      )}
                      aria-label={`${plural(summary.problems[s], `${severityLabel[s].toLowerCase()} problem`)} at ${property.name}: open in Triage`}
                    >
                      {severityLabel[s]} {summary.problems[s]}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Today ({summary.timeZone})</dt>
          <dd className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-slate-700">
            <span className="inline-flex items-center gap-1">
              <LogIn aria-hidden="true" className="size-4 text-brand-600" />
              {plural(summary.checkIns, 'check-in')}
            </span>
            <span className="inline-flex items-center gap-1">
              <LogOut aria-hidden="true" className="size-4 text-slate-500" />
              {plural(summary.checkOuts, 'check-out')}
            </span>
          </dd>
        </div>
      </dl>
    </Panel>
  )
}
