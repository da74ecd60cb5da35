import { describe, expect, it } from 'vitest'
import { ACCESS_CODE_STATUSES } from '@/api/schemas/access-code'
import { CheckCircle2, CircleDashed, CircleHelp, Clock, LoaderCircle, Trash2 } from 'lucide-react'
import { toneClasses } from '@/components/ui/badge'
import { STATUS_STYLES, presentStatus, statusStyleFor } from './status-styles'

const NOW = Date.parse('2026-03-10T14:00:00Z') // 10:00 in New York (EDT), 14:00 in London
const ctx = { timeZone: 'America/New_York', now: NOW }
const ongoing = { type: 'ongoing' as const, starts_at: null, ends_at: null, errors: [] }
const timeBound = (startOffsetMin: number, endOffsetMin: number) => ({
  type: 'time_bound' as const,
  starts_at: new Date(NOW + startOffsetMin * 60_000).toISOString(),
  ends_at: new Date(NOW + endOffsetMin * 60_000).toISOString(),
  errors: [],
})

describe('status style map', () => {
  // What each status looks like: the text carries the meaning, and the colour and icon agree
  // with it (green tick for set, red question mark for unknown, spinner while setting…).
  it.each([
    ['setting', 'Setting', 'info', LoaderCircle],
    ['set', 'Set', 'success', CheckCircle2],
    ['unset', 'Unset', 'neutral', CircleDashed],
    ['removing', 'Removing', 'warning', Trash2],
    ['unknown', 'Unknown', 'danger', CircleHelp],
  ] as const)('%s reads "%s", in the %s tone, with its icon', (status, label, tone, icon) => {
    const p = presentStatus({ ...ongoing, status }, ctx)
    expect(p).toMatchObject({ status, label, tone, icon })
    expect(toneClasses[p.tone]).toMatch(/^bg-\S+ text-\S+ ring-\S+$/)
    expect(p.description.length).toBeGreaterThan(20)
    expect(p.accessibleName).toBe(`Status: ${label}. ${p.description}`)
  })

  it('covers every status Seam sends', () => {
    expect(Object.keys(STATUS_STYLES).sort()).toEqual([...ACCESS_CODE_STATUSES].sort())
  })

  it('gives every status a distinct icon', () => {
    const icons = ACCESS_CODE_STATUSES.map((s) => STATUS_STYLES[s].icon)
    expect(new Set(icons).size).toBe(icons.length)
  })

  it('gives every status a distinct label and tone', () => {
    const labels = ACCESS_CODE_STATUSES.map((s) => STATUS_STYLES[s].label)
    const tones = ACCESS_CODE_STATUSES.map((s) => STATUS_STYLES[s].tone)
    expect(new Set(labels).size).toBe(labels.length)
    expect(new Set(tones).size).toBe(tones.length)
  })

  it('marks only setting and removing as busy', () => {
    expect(ACCESS_CODE_STATUSES.filter((s) => STATUS_STYLES[s].busy)).toEqual([
      'setting',
      'removing',
    ])
  })

  it('falls back to unknown for a status this client does not know', () => {
    const style = statusStyleFor('frobnicating')
    expect(style).toMatchObject({ status: 'unknown', label: 'Unknown', icon: CircleHelp })
    const p = presentStatus({ ...ongoing, status: 'frobnicating' }, ctx)
    expect(p.label).toBe('Unknown')
    expect(p.description).toMatch(/cannot confirm/)
  })

  it('describes a scheduled code with its start time in the device time zone', () => {
    const p = presentStatus({ ...timeBound(5 * 60, 48 * 60), status: 'unset' }, ctx)
    expect(p).toMatchObject({ status: 'unset', label: 'Scheduled', tone: 'brand', icon: Clock })
    expect(p.description).toMatch(/^Scheduled: will be set on the lock at 3:00\sPM EDT/)
    const london = presentStatus(
      { ...timeBound(5 * 60, 48 * 60), status: 'unset' },
      { ...ctx, timeZone: 'Europe/London' },
    )
    expect(london.description).toMatch(/at 7:00\sPM GMT/)
  })

  it('names the date when the start is not today', () => {
    const p = presentStatus({ ...timeBound(3 * 24 * 60, 5 * 24 * 60), status: 'unset' }, ctx)
    expect(p.description).toMatch(/will be set on the lock on Mar 13, 10:00\sAM EDT/)
  })

  it('says until when a set time-bound code works', () => {
    const p = presentStatus({ ...timeBound(-60, 120), status: 'set' }, ctx)
    expect(p.label).toBe('Set')
    expect(p.description).toMatch(/until it is removed at 12:00\sPM EDT/)
  })

  it('says an unset code whose window ended is not on the lock', () => {
    const p = presentStatus({ ...timeBound(-600, -60), status: 'unset' }, ctx)
    expect(p.label).toBe('Unset')
    expect(p.description).toMatch(/window ended at 9:00\sAM EDT/)
  })

  it('points at the errors when a setting code has some', () => {
    const p = presentStatus(
      {
        ...ongoing,
        status: 'setting',
        errors: [{ error_code: 'failed_to_set_on_device', message: '' }],
      },
      ctx,
    )
    expect(p.description).toMatch(/see the errors/)
  })
})
