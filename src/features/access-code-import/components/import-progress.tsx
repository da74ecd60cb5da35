import { Button } from '@/components/ui/button'

/** "37 of 120" with a bar, and Cancel while it runs. */
export function ImportProgress({
  done,
  total,
  running,
  onCancel,
}: {
  done: number
  total: number
  running: boolean
  onCancel: () => void
}) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100)
  const text = `${done} of ${total}`
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div className="min-w-48 flex-1">
        <div className="mb-1 flex justify-between text-sm">
          <span className="font-medium text-slate-900">
            {running ? 'Importing codes' : 'Import finished'}
          </span>
          <span className="text-slate-700 tabular-nums">{text}</span>
        </div>
        <div
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={text}
          className="h-2.5 overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className="h-full rounded-full bg-brand-600 transition-[width]"
            style={{ width: `${percent}%` }}
          />
        </div>
      </div>
      {running ? (
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      ) : null}
    </div>
  )
}
