import { useId, useState } from 'react'
import { Clock, FlaskConical, RotateCcw, Wifi, WifiOff, Zap } from 'lucide-react'
import { toast } from '@/lib/toast'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { ErrorState } from '@/components/ui/error-state'
import {
  useSandboxAction,
  useSandboxClock,
  type FaultKind,
  type SandboxAction,
} from '../api/sandbox-control'
import { SelectField, fieldClass } from '@/components/ui/select-field'
import { formatDateTime } from '@/lib/time/format'
import { viewerTimeZone } from '@/lib/time/zones'
import { nameWithLocation } from '@/lib/devices/device-identity'

export type SandboxDevice = {
  deviceId: string
  name: string
  location?: string | undefined
  online: boolean
}

const MIN = 60_000
const ADVANCE_STEPS = [
  { label: '+1 min', ms: MIN, spoken: '1 minute' },
  { label: '+5 min', ms: 5 * MIN, spoken: '5 minutes' },
  { label: '+15 min', ms: 15 * MIN, spoken: '15 minutes' },
  { label: '+1 hour', ms: 60 * MIN, spoken: '1 hour' },
  { label: '+1 day', ms: 24 * 60 * MIN, spoken: '1 day' },
] as const

/** The lock-connection buttons; each is disabled while the lock is already in its state. */
const CONNECTION_STEPS = [
  { online: false, label: 'Take offline', Icon: WifiOff, done: 'is now offline' },
  { online: true, label: 'Bring online', Icon: Wifi, done: 'is back online' },
] as const

const FAULT_LABELS: Record<FaultKind, string> = {
  server_error: 'Server error (500)',
  rate_limit: 'Rate limited (429)',
  latency: 'Slow response (5 s)',
  drop: 'Dropped connection',
}

const FAULT_TARGETS = [
  { value: '', label: 'Any request' },
  { value: '/access_codes/', label: 'Access code requests' },
  { value: '/devices/', label: 'Device requests' },
  { value: '/events/', label: 'Event requests' },
] as const

/**
 * Header button and drawer with the sandbox's demo controls: take a lock offline or online,
 * move the simulated clock forward, make the next request fail, reset everything. Render it only
 * when the backend is the sandbox.
 */
export function SandboxControls({ devices }: { devices: readonly SandboxDevice[] | undefined }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)} aria-haspopup="dialog">
        <FlaskConical aria-hidden="true" className="size-4" />
        <span className="max-sm:sr-only">Demo controls</span>
      </Button>
      <Dialog
        side="right"
        open={open}
        onClose={() => setOpen(false)}
        title="Sandbox demo controls"
        description="Changes apply to the sandbox only. Every page refreshes after each action."
      >
        {open ? <SandboxControlsBody devices={devices} /> : null}
      </Dialog>
    </>
  )
}

function SandboxControlsBody({ devices }: { devices: readonly SandboxDevice[] | undefined }) {
  const action = useSandboxAction()
  const clock = useSandboxClock(true)
  const [status, setStatus] = useState('')
  const [deviceId, setDeviceId] = useState('')
  const [faultKind, setFaultKind] = useState<FaultKind>('server_error')
  const [faultTarget, setFaultTarget] = useState('')
  const [faultCount, setFaultCount] = useState(1)
  const [confirmReset, setConfirmReset] = useState(false)
  const ids = { device: useId(), clock: useId(), fault: useId(), reset: useId() }

  const device = devices?.find((d) => d.deviceId === deviceId)

  const run = (a: SandboxAction, done: string) => {
    setStatus('')
    action.mutate(a, {
      onSuccess: () => {
        setStatus(done)
        toast.success(done)
      },
    })
  }

  return (
    <div className="space-y-6">
      {/* Always in the DOM so screen readers hear each result; takes no room while empty. */}
      <p
        role="status"
        aria-live="polite"
        className={
          action.isPending || status
            ? 'rounded-lg bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800'
            : 'sr-only'
        }
      >
        {action.isPending ? 'Working…' : status}
      </p>
      {action.isError ? <ErrorState title="That did not work" error={action.error} /> : null}

      <section aria-labelledby={ids.device} className="space-y-3">
        <h3 id={ids.device} className="flex items-center gap-2 font-semibold text-slate-900">
          <Wifi aria-hidden="true" className="size-4" /> Lock connection
        </h3>
        <SelectField
          label="Lock"
          value={deviceId}
          onChange={(e) => setDeviceId(e.target.value)}
          disabled={!devices}
        >
          <option value="">{devices ? 'Choose a lock…' : 'Loading locks…'}</option>
          {devices?.map((d) => (
            <option key={d.deviceId} value={d.deviceId}>
              {nameWithLocation(d.name, d.location)} ({d.online ? 'online' : 'offline'})
            </option>
          ))}
        </SelectField>
        {device ? (
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={device.online ? 'success' : 'danger'}>
              {device.online ? 'Online' : 'Offline'}
            </Badge>
            {CONNECTION_STEPS.map(({ online, label, Icon, done }) => (
              <Button
                key={label}
                size="sm"
                disabled={action.isPending || device.online === online}
                onClick={() =>
                  run(
                    { type: 'set_online', deviceId: device.deviceId, online },
                    `${device.name} ${done}`,
                  )
                }
              >
                <Icon aria-hidden="true" className="size-4" /> {label}
              </Button>
            ))}
          </div>
        ) : null}
      </section>

      <section aria-labelledby={ids.clock} className="space-y-3">
        <h3 id={ids.clock} className="flex items-center gap-2 font-semibold text-slate-900">
          <Clock aria-hidden="true" className="size-4" /> Sandbox clock
        </h3>
        <p className="text-sm text-slate-600">
          Sandbox time:{' '}
          <span className="font-medium text-slate-900 tabular-nums">
            {clock.data
              ? formatDateTime(clock.data.now, viewerTimeZone(), { seconds: true, zoneName: true })
              : '…'}
          </span>
          . Moving it forward lets pending codes time out or go live, as they would in real life.
        </p>
        <div className="flex flex-wrap gap-2">
          {ADVANCE_STEPS.map((step) => (
            <Button
              key={step.ms}
              size="sm"
              disabled={action.isPending}
              aria-label={`Advance the clock by ${step.spoken}`}
              onClick={() =>
                run({ type: 'advance', ms: step.ms }, `Clock moved forward by ${step.spoken}`)
              }
            >
              {step.label}
            </Button>
          ))}
        </div>
      </section>

      <section aria-labelledby={ids.fault} className="space-y-3">
        <h3 id={ids.fault} className="flex items-center gap-2 font-semibold text-slate-900">
          <Zap aria-hidden="true" className="size-4" /> Make requests fail
        </h3>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label="Fault"
            value={faultKind}
            onChange={(e) => setFaultKind(e.target.value as FaultKind)}
          >
            {Object.entries(FAULT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Applies to"
            value={faultTarget}
            onChange={(e) => setFaultTarget(e.target.value)}
          >
            {FAULT_TARGETS.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </SelectField>
          <label className="block text-sm font-medium text-slate-700">
            Number of requests
            <input
              type="number"
              min={1}
              max={20}
              className={fieldClass}
              value={faultCount}
              onChange={(e) =>
                setFaultCount(Math.min(20, Math.max(1, Math.round(Number(e.target.value) || 1))))
              }
            />
          </label>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            disabled={action.isPending}
            onClick={() =>
              run(
                {
                  type: 'inject_fault',
                  fault: {
                    kind: faultKind,
                    count: faultCount,
                    pathPrefix: faultTarget || undefined,
                  },
                },
                `${FAULT_LABELS[faultKind]} armed for the next ${faultCount === 1 ? 'request' : `${faultCount} requests`}`,
              )
            }
          >
            Fail the next {faultCount === 1 ? 'request' : `${faultCount} requests`}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={action.isPending}
            onClick={() => run({ type: 'clear_faults' }, 'Pending faults cleared')}
          >
            Clear faults
          </Button>
        </div>
      </section>

      <section aria-labelledby={ids.reset} className="space-y-3 border-t border-slate-200 pt-4">
        <h3 id={ids.reset} className="flex items-center gap-2 font-semibold text-slate-900">
          <RotateCcw aria-hidden="true" className="size-4" /> Reset
        </h3>
        <p className="text-sm text-slate-600">
          Puts back the original locks, codes and events and resets the clock. Everything done in
          the sandbox since is lost.
        </p>
        {confirmReset ? (
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              variant="danger"
              disabled={action.isPending}
              onClick={() => {
                setConfirmReset(false)
                run({ type: 'reset' }, 'Sandbox reset to its starting data')
              }}
            >
              Yes, reset the sandbox
            </Button>
            <Button size="sm" onClick={() => setConfirmReset(false)}>
              Cancel
            </Button>
          </div>
        ) : (
          <Button size="sm" disabled={action.isPending} onClick={() => setConfirmReset(true)}>
            Reset sandbox…
          </Button>
        )}
      </section>
    </div>
  )
}
