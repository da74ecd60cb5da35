import { Link } from '@tanstack/react-router'
import { History } from 'lucide-react'
import { useCan } from '@/api/doorman-info'

const linkClass =
  'inline-flex h-10 items-center gap-2 rounded-lg bg-white px-4 text-sm font-medium whitespace-nowrap text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600'

/**
 * "History of changes": the audit log filtered to one lock or one code. Shown only to roles that
 * may read the audit log.
 */
export function HistoryOfChangesLink(
  props:
    { deviceId: string; accessCodeId?: undefined } | { accessCodeId: string; deviceId?: undefined },
) {
  const canRead = useCan('audit.read')
  if (!canRead) return null
  return (
    <Link
      to="/audit"
      search={
        props.accessCodeId !== undefined
          ? { access_code_id: props.accessCodeId }
          : { device_id: props.deviceId }
      }
      className={linkClass}
    >
      <History aria-hidden="true" className="size-4" />
      History of changes
    </Link>
  )
}
