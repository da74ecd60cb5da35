import { useId, useMemo, useState, type Ref } from 'react'
import { Search, X } from 'lucide-react'
import type { Device } from '@/api/schemas/device'
import { Badge } from '@/components/ui/badge'
import { cn } from '@/lib/cn'
import { describedBy, FieldError, inputClass } from './form-field'
import { deviceName, deviceSummary } from '@/lib/devices/device-identity'

/**
 * Chooses one or more locks: a search box filtering a list of checkboxes, with the chosen locks
 * listed above as removable chips (so a chosen lock stays visible while the search hides it).
 */
export function DevicePicker({
  devices,
  value,
  onChange,
  onBlur,
  inputRef,
  error,
}: {
  devices: readonly Device[]
  value: readonly string[]
  onChange: (deviceIds: string[]) => void
  onBlur: () => void
  /** Receives focus when the field is invalid on submit. */
  inputRef: Ref<HTMLInputElement>
  error: string | undefined
}) {
  const id = useId()
  const searchId = `${id}-search`
  const [query, setQuery] = useState('')
  const chosen = new Set(value)
  const byId = useMemo(() => new Map(devices.map((d) => [d.device_id, d])), [devices])

  const q = query.trim().toLowerCase()
  const matches = q
    ? devices.filter((d) =>
        [deviceName(d), deviceSummary(d), d.properties.manufacturer ?? '']
          .join(' ')
          .toLowerCase()
          .includes(q),
      )
    : devices

  const toggle = (deviceId: string, on: boolean) =>
    onChange(on ? [...value, deviceId] : value.filter((v) => v !== deviceId))

  return (
    <fieldset aria-describedby={describedBy(searchId, true, Boolean(error))}>
      <legend className="mb-1.5 text-sm font-medium text-slate-900">Locks</legend>
      <p id={`${searchId}-hint`} className="mb-2 text-sm text-slate-600">
        Choose one lock, or several to give them one shared code.
      </p>

      {value.length > 0 ? (
        <ul aria-label="Chosen locks" className="mb-2 flex flex-wrap gap-1.5">
          {value.map((deviceId) => {
            const device = byId.get(deviceId)
            const name = device ? deviceName(device) : deviceId
            return (
              <li
                key={deviceId}
                className="inline-flex max-w-full items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-sm text-brand-900 ring-1 ring-brand-100 ring-inset"
              >
                <span className="truncate">{name}</span>
                <button
                  type="button"
                  onClick={() => toggle(deviceId, false)}
                  aria-label={`Remove ${name}`}
                  className="rounded-full p-0.5 text-brand-700 hover:bg-brand-100"
                >
                  <X aria-hidden="true" className="size-3.5" />
                </button>
              </li>
            )
          })}
        </ul>
      ) : null}

      <div className="relative">
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400"
        />
        <input
          ref={inputRef}
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onBlur={onBlur}
          aria-label="Search locks"
          aria-controls={`${id}-list`}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(searchId, true, Boolean(error))}
          placeholder="Search by lock, property or brand"
          autoComplete="off"
          className={cn(inputClass, 'pl-9')}
        />
      </div>
      <p className="sr-only" aria-live="polite">
        {q ? `${matches.length} of ${devices.length} locks match` : ''}
      </p>

      <ul
        id={`${id}-list`}
        aria-label="Locks"
        className="mt-2 max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200"
      >
        {matches.length === 0 ? (
          <li className="px-3 py-3 text-sm text-slate-600">No lock matches “{query}”.</li>
        ) : (
          matches.map((device) => {
            const details = deviceSummary(device)
            return (
              <li key={device.device_id}>
                <label className="flex cursor-pointer items-start gap-3 px-3 py-2 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    checked={chosen.has(device.device_id)}
                    onChange={(e) => toggle(device.device_id, e.target.checked)}
                    className="mt-0.5 size-4 shrink-0 accent-brand-600"
                  />
                  <span className="min-w-0 flex-1">
                    <span className="block text-sm font-medium break-words text-slate-900">
                      {deviceName(device)}
                    </span>
                    {details ? (
                      <span className="block text-xs text-slate-600">{details}</span>
                    ) : null}
                  </span>
                  {device.properties.online ? null : <Badge tone="warning">Offline</Badge>}
                </label>
              </li>
            )
          })
        )}
      </ul>
      <FieldError id={searchId} message={error} />
    </fieldset>
  )
}
