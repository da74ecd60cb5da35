import { Link } from '@tanstack/react-router'
import { FileUp } from 'lucide-react'

/**
 * To the CSV import. Shown to every role: one who may not create codes can still check a file
 * there, and the page says why it cannot be imported.
 */
export function ImportCodesLink() {
  return (
    <Link
      to="/access-codes/import"
      className="inline-flex h-10 shrink-0 items-center justify-center gap-2 rounded-lg bg-white px-4 text-sm font-medium whitespace-nowrap text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <FileUp aria-hidden="true" className="size-4" />
      Import CSV
    </Link>
  )
}
