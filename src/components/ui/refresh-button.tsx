import { RefreshCw } from 'lucide-react'
import { Button } from './button'

/**
 * A page header's "Refresh" button: refetches now, and spins (unless the viewer asked for reduced
 * motion) and is disabled while a fetch is going, so one click never stacks a second request.
 */
export function RefreshButton({
  onRefresh,
  refreshing,
  label,
}: {
  onRefresh: () => void
  refreshing: boolean
  /** Accessible name when "Refresh" alone would not say what (e.g. "Refresh events"). */
  label?: string
}) {
  return (
    <Button size="sm" onClick={onRefresh} disabled={refreshing} aria-label={label}>
      <RefreshCw
        aria-hidden="true"
        className={refreshing ? 'size-4 motion-safe:animate-spin' : 'size-4'}
      />
      Refresh
    </Button>
  )
}
