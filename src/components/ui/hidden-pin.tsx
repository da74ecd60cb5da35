import { useState } from 'react'
import { Check, Copy, Eye, EyeOff } from 'lucide-react'
import { revealCode } from '@/api/reveal-code'
import { ApiError } from '@/api/api-error'
import { Button } from './button'
import { SpriteIcon } from './sprite-icon'

type Props = {
  accessCodeId: string
  /** The code's name, for the buttons' accessible names ("Show code for Guest 1A"). */
  name: string
  unmanaged?: boolean
  /** Why this person may not see PINs (their role), or null when they may. */
  deniedReason: string | null
}

type Shown = { id: string; pin: string }

/**
 * A PIN the server withheld: masked, with Show and Copy buttons that each make an audited reveal
 * request. Which code is shown is keyed by id, since a table hands this cell to other rows.
 */
export function HiddenPin({ accessCodeId, name, unmanaged, deniedReason }: Props) {
  const [shown, setShown] = useState<Shown | null>(null)
  const [copiedId, setCopiedId] = useState<string | null>(null)
  const [failure, setFailure] = useState<{ id: string; message: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const pin = shown?.id === accessCodeId ? shown.pin : null
  const copied = copiedId === accessCodeId
  const error = failure?.id === accessCodeId ? failure.message : null

  async function fetchPin(purpose: 'reveal' | 'copy'): Promise<string | null> {
    setBusy(true)
    setFailure(null)
    try {
      const value = await revealCode({ accessCodeId, purpose, unmanaged })
      if (value === null) setFailure({ id: accessCodeId, message: 'No code' })
      return value
    } catch (cause) {
      const message = cause instanceof ApiError ? cause.message : 'Could not get the code'
      setFailure({ id: accessCodeId, message })
      return null
    } finally {
      setBusy(false)
    }
  }

  const showLabel = `${pin ? 'Hide' : 'Show'} code for ${name}`
  const copyLabel = `Copy code for ${name}`
  return (
    <div className="flex items-center gap-0.5">
      <PinText pin={pin} />
      <Button
        size="sm"
        variant="ghost"
        className="size-8 px-0"
        aria-label={showLabel}
        title={pin ? 'Hide code' : 'Show code (recorded in the audit log)'}
        deniedReason={deniedReason}
        disabled={busy}
        onClick={async () => {
          if (pin) return setShown(null)
          const value = await fetchPin('reveal')
          if (value) setShown({ id: accessCodeId, pin: value })
        }}
      >
        <SpriteIcon icon={pin ? EyeOff : Eye} className="size-4" />
      </Button>
      <Button
        size="sm"
        variant="ghost"
        className="size-8 px-0"
        aria-label={copyLabel}
        title="Copy code (recorded in the audit log)"
        deniedReason={deniedReason}
        disabled={busy}
        onClick={async () => {
          const value = await fetchPin('copy')
          if (!value) return
          await navigator.clipboard.writeText(value)
          setCopiedId(accessCodeId)
          window.setTimeout(() => setCopiedId((id) => (id === accessCodeId ? null : id)), 1500)
        }}
      >
        <SpriteIcon icon={copied ? Check : Copy} className="size-4" />
      </Button>
      <span aria-live="polite" className="sr-only">
        {copied ? 'Copied' : ''}
      </span>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  )
}

/**
 * A PIN as the code tables show it: its digits, or dots while it is hidden (read out as "Hidden
 * code"). The access-codes table's own cell uses it too, so a revealed PIN looks the same
 * whichever way it was revealed.
 */
export function PinText({ pin, maskLength = 4 }: { pin: string | null; maskLength?: number }) {
  return (
    <span className="min-w-[5.5ch] font-mono text-sm tracking-wider text-slate-900 tabular-nums">
      {pin ?? '•'.repeat(maskLength)}
      {pin ? null : <span className="sr-only">Hidden code</span>}
    </span>
  )
}
