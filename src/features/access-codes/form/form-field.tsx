import type { ReactNode } from 'react'
import { AlertCircle } from 'lucide-react'

export type FieldA11y = {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': boolean
}

/** ids of the hint and error paragraphs of the field `id`, joined for `aria-describedby`. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

/** The message under a field, linked to its control through `aria-describedby`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={`${id}-error`} className="mt-1.5 flex items-start gap-1.5 text-sm text-red-700">
      <AlertCircle aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span className="min-w-0 break-words">{message}</span>
    </p>
  )
}

/** Label, control, hint and error of one field, with the ids wired for screen readers. */
export function FormField({
  id,
  label,
  hint,
  error,
  children,
  labelAside,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
  labelAside?: ReactNode
  children: (a11y: FieldA11y) => ReactNode
}) {
  return (
    <div>
      <div className="mb-1.5 flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-900">
          {label}
        </label>
        {labelAside}
      </div>
      {children({
        id,
        'aria-describedby': describedBy(id, hint !== undefined, Boolean(error)),
        'aria-invalid': Boolean(error),
      })}
      {hint !== undefined ? (
        <div id={`${id}-hint`} className="mt-1.5 text-sm text-slate-600">
          {hint}
        </div>
      ) : null}
      <FieldError id={id} message={error} />
    </div>
  )
}

export const inputClass =
  'block w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none aria-[invalid=true]:border-red-500 aria-[invalid=true]:ring-red-500/20'
