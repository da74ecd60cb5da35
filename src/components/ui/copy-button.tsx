import { useState } from 'react'
import { Check, Copy } from 'lucide-react'
import { Button, type ButtonProps } from './button'
import { SpriteIcon } from './sprite-icon'

/** Copies `value` to the clipboard and says so, for screen readers too. */
export function CopyButton({
  value,
  label,
  size = 'sm',
  variant = 'ghost',
  children,
}: {
  value: string
  /** Accessible name, e.g. "Copy request ID". */
  label: string
  size?: ButtonProps['size']
  variant?: ButtonProps['variant']
  children?: React.ReactNode
}) {
  // Which value was copied, not whether: a table may hand this button to another row.
  const [copiedValue, setCopiedValue] = useState<string | null>(null)
  const copied = copiedValue === value
  return (
    <Button
      size={size}
      variant={variant}
      aria-label={label}
      title={label}
      onClick={async () => {
        await navigator.clipboard.writeText(value)
        setCopiedValue(value)
        window.setTimeout(() => setCopiedValue((v) => (v === value ? null : v)), 1500)
      }}
    >
      <SpriteIcon icon={copied ? Check : Copy} className="size-4" />
      {children}
      <span aria-live="polite" className="sr-only">
        {copied ? 'Copied' : ''}
      </span>
    </Button>
  )
}
