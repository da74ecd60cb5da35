import { Link } from '@tanstack/react-router'
import { Plus } from 'lucide-react'
import { useCan } from '@/api/doorman-info'
import { deniedReason } from '@/lib/permissions'
import { Button } from '@/components/ui/button'
import { withShortcut } from '@/lib/shortcuts'

const linkClass =
  'inline-flex h-10 shrink-0 items-center justify-center gap-2 rounded-lg bg-brand-600 px-4 text-sm font-medium whitespace-nowrap text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600'

/** "New access code", or the same words on a button that says why this role cannot. */
export function NewCodeLink({ deviceId, from }: { deviceId?: string; from: 'codes' | 'device' }) {
  const canWrite = useCan('codes.write')
  if (!canWrite) {
    return (
      <Button variant="primary" deniedReason={deniedReason('codes.write')}>
        <Plus aria-hidden="true" className="size-4" />
        New access code
      </Button>
    )
  }
  return (
    <Link
      to="/access-codes/new"
      search={deviceId ? { deviceId, from } : { from }}
      className={linkClass}
      title={withShortcut('New access code', 'newCode')}
      aria-keyshortcuts="n"
    >
      <Plus aria-hidden="true" className="size-4" />
      New access code
    </Link>
  )
}
