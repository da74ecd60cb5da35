import { useId, type SelectHTMLAttributes } from 'react'

/** The look of a text input or select in filter bars and forms. */
export const fieldClass =
  'mt-1 h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none'

/** A labelled select; the label is tied by id so its name is just the label text. */
export function SelectField({
  label,
  className,
  ...props
}: { label: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId()
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={id} className={fieldClass} {...props} />
    </div>
  )
}
