import { useState } from 'react'
import { Check, ClipboardCopy } from 'lucide-react'
import { toast } from '@/lib/toast'
import { Button } from '@/components/ui/button'
import { diagnosticsBundle, type DiagnosticsEvent, type Occurrence } from '../lib/collect-issues'

const RECENT_EVENTS = 20

/**
 * Copies a JSON bundle for a support ticket: the object, its errors and warnings, its last
 * events and the time. The clipboard write starts inside the click (a ClipboardItem whose
 * content is still loading) so browsers keep the user gesture while the events load.
 */
export function CopyDiagnosticsButton({
  occurrence,
  loadRecentEvents,
}: {
  occurrence: Occurrence
  loadRecentEvents: (target: {
    deviceId?: string
    accessCodeId?: string
  }) => Promise<DiagnosticsEvent[]>
}) {
  const [state, setState] = useState<'idle' | 'copying' | 'copied'>('idle')

  const buildJson = async () => {
    const target =
      occurrence.subject === 'access_code'
        ? { accessCodeId: occurrence.accessCode!.access_code_id }
        : { deviceId: occurrence.deviceId }
    const events = await loadRecentEvents(target).then(
      (list) => list.slice(0, RECENT_EVENTS),
      (error: unknown) => ({
        error: `Could not load events: ${error instanceof Error ? error.message : String(error)}`,
      }),
    )
    return JSON.stringify(diagnosticsBundle(occurrence, events, new Date()), null, 2)
  }

  const copy = async () => {
    setState('copying')
    try {
      const json = buildJson()
      if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
        try {
          await navigator.clipboard.write([
            new ClipboardItem({
              'text/plain': json.then((text) => new Blob([text], { type: 'text/plain' })),
            }),
          ])
        } catch {
          await navigator.clipboard.writeText(await json)
        }
      } else {
        await navigator.clipboard.writeText(await json)
      }
      setState('copied')
      toast.success(`Diagnostics for ${occurrence.name} copied`)
      window.setTimeout(() => setState('idle'), 2000)
    } catch (error) {
      setState('idle')
      toast.error('Could not copy to the clipboard', {
        description: error instanceof Error ? error.message : undefined,
      })
    }
  }

  return (
    <Button
      size="sm"
      variant="ghost"
      onClick={() => void copy()}
      disabled={state === 'copying'}
      aria-label={`Copy diagnostics for ${occurrence.name}`}
    >
      {state === 'copied' ? (
        <Check aria-hidden="true" className="size-4 text-emerald-600" />
      ) : (
        <ClipboardCopy aria-hidden="true" className="size-4" />
      )}
      <span className="max-sm:sr-only">{state === 'copied' ? 'Copied' : 'Copy diagnostics'}</span>
    </Button>
  )
}
