import { forwardRef, useId, type ButtonHTMLAttributes } from 'react'
import { cn } from '@/lib/cn'

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost'
type Size = 'sm' | 'md'

const variants: Record<Variant, string> = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-600/50',
  secondary:
    'bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:text-slate-400',
  danger: 'bg-red-600 text-white hover:bg-red-700 disabled:bg-red-600/50',
  ghost: 'text-slate-700 hover:bg-slate-100 disabled:text-slate-400',
}
const sizes: Record<Size, string> = {
  sm: 'h-8 gap-1.5 px-2.5 text-sm',
  md: 'h-10 gap-2 px-4 text-sm',
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant
  size?: Size
  /**
   * Why this person may not use the button (their role), shown on hover and focus. Unlike
   * `disabled`, the button stays focusable so the reason can be read; clicks do nothing.
   */
  deniedReason?: string | null
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'secondary',
    size = 'md',
    className,
    type = 'button',
    deniedReason,
    children,
    onClick,
    title,
    ...props
  },
  ref,
) {
  const denied = Boolean(deniedReason)
  const reasonId = useId()
  return (
    <button
      ref={ref}
      type={type}
      aria-disabled={denied || undefined}
      aria-describedby={denied ? reasonId : props['aria-describedby']}
      title={denied ? deniedReason! : title}
      onClick={denied ? (event) => event.preventDefault() : onClick}
      className={cn(
        // Only the background fades (hover): a text colour fading from its disabled grey when a
        // button re-enables is, for 150 ms, text an axe check rightly calls low-contrast.
        'inline-flex shrink-0 items-center justify-center rounded-lg font-medium whitespace-nowrap transition-[background-color] disabled:cursor-not-allowed',
        variants[variant],
        sizes[size],
        denied && 'cursor-not-allowed opacity-60',
        className,
      )}
      {...props}
    >
      {children}
      {denied ? (
        <span id={reasonId} className="sr-only">
          {deniedReason}
        </span>
      ) : null}
    </button>
  )
})
