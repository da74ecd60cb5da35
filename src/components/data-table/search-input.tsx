import { useId, useState } from 'react'
import { Search, X } from 'lucide-react'
import { withShortcut } from '@/lib/shortcuts'

/**
 * A labelled search box whose committed value lives elsewhere (e.g. the URL). It keeps its own draft
 * so fast typing never loses characters while the committed value catches up, and it adopts
 * outside changes (Reset filters, back/forward) that it did not emit itself.
 */
export function SearchInput({
  value,
  onChange,
  label,
  placeholder,
}: {
  value: string
  onChange: (value: string) => void
  label: string
  placeholder?: string
}) {
  const id = useId()
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  const [emitted, setEmitted] = useState<string[]>([])

  if (value !== seen) {
    setSeen(value)
    if (value === draft) setEmitted([])
    else if (!emitted.includes(value)) {
      setDraft(value)
      setEmitted([])
    }
  }

  const commit = (next: string) => {
    setDraft(next)
    setEmitted((prev) => [...prev.slice(-20), next])
    onChange(next)
  }

  return (
    <div className="relative w-full sm:w-72">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Search
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-400"
      />
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={placeholder ?? label}
        title={withShortcut(label, 'search')}
        aria-keyshortcuts="/"
        onChange={(event) => commit(event.target.value)}
        className="h-9 w-full rounded-lg border border-slate-300 bg-white pr-8 pl-8 text-sm placeholder:text-slate-500 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 [&::-webkit-search-cancel-button]:hidden"
      />
      {draft ? (
        <button
          type="button"
          onClick={() => commit('')}
          aria-label="Clear search"
          className="absolute top-1/2 right-1.5 -translate-y-1/2 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <X aria-hidden="true" className="size-4" />
        </button>
      ) : null}
    </div>
  )
}
