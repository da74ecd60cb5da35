import { FlaskConical, Radio } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { Skeleton } from '@/components/ui/skeleton'
import { useWorkspace } from '../api/get-workspace'
import { useDoormanInfo } from '@/api/doorman-info'

/** Workspace name and a clear Sandbox / Live badge, so nobody edits real locks by mistake. */
export function WorkspaceHeader() {
  const workspace = useWorkspace()
  const backend = useDoormanInfo()
  const mode = backend.data?.backend.mode
  return (
    <div className="flex min-w-0 items-center gap-2">
      {workspace.data ? (
        <span className="truncate text-sm font-medium text-slate-800" title="Workspace">
          {workspace.data.name}
        </span>
      ) : workspace.isError ? (
        <span className="text-sm text-red-700">Workspace unavailable</span>
      ) : (
        <Skeleton className="h-4 w-40" />
      )}
      {mode === 'sandbox' ? (
        <Badge tone="warning" icon={<FlaskConical aria-hidden="true" className="size-3.5" />}>
          Sandbox
        </Badge>
      ) : mode === 'live' ? (
        <Badge tone="success" icon={<Radio aria-hidden="true" className="size-3.5" />}>
          Live
        </Badge>
      ) : null}
    </div>
  )
}
