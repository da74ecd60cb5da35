import { Dialog } from '@/components/ui/dialog'
import { SHORTCUTS, type ShortcutId } from '@/lib/shortcuts'

/** The list behind `?`; loaded on first use (see keyboard-shortcuts.tsx). */
export default function KeyboardShortcutsDialog({
  onClose,
  canCreateCodes,
}: {
  onClose: () => void
  canCreateCodes: boolean
}) {
  const ids = Object.keys(SHORTCUTS) as ShortcutId[]
  return (
    <Dialog
      open
      onClose={onClose}
      title="Keyboard shortcuts"
      description="They work anywhere except while typing in a field or with a dialog open."
    >
      <ul aria-label="Shortcuts" className="divide-y divide-slate-100">
        {ids.map((id) => {
          const { keys, label } = SHORTCUTS[id]
          const unavailable = id === 'newCode' && !canCreateCodes
          return (
            <li key={id} className="flex items-center justify-between gap-4 py-2 text-sm">
              <span className={unavailable ? 'text-slate-500' : undefined}>
                {label}
                {unavailable ? ' (your role cannot create codes)' : null}
              </span>
              <span className="flex shrink-0 items-center gap-1 text-slate-600">
                {keys.map((key, i) => (
                  <span key={i} className="flex items-center gap-1">
                    {i > 0 ? <span className="text-xs">then</span> : null}
                    <kbd className="min-w-7 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-mono text-xs text-slate-800 shadow-[0_1px_0_var(--color-slate-300)]">
                      {key}
                    </kbd>
                  </span>
                ))}
              </span>
            </li>
          )
        })}
      </ul>
    </Dialog>
  )
}
