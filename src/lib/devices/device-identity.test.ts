import { describe, expect, it } from 'vitest'
import { deviceSchema, type Device } from '@/api/schemas/device'
import { viewerTimeZone } from '@/lib/time/zones'
import {
  backupPoolSupport,
  deviceName,
  deviceSummary,
  deviceTimeZone,
  hasOwnTimeZone,
  locationName,
  lockLabel,
  manufacturerLabel,
  lockChoice,
  nameWithLocation,
} from './device-identity'

const lock = (fields: Record<string, unknown> = {}, properties: Record<string, unknown> = {}) =>
  deviceSchema.parse({
    device_id: 'a1b2c3d4-0000-4000-8000-000000000000',
    device_type: 'august_lock',
    workspace_id: 'ws',
    created_at: '2026-01-01T00:00:00.000Z',
    ...fields,
    properties: { online: true, ...properties },
  })

describe('deviceName', () => {
  it('prefers the display name, then the nickname, then the lock’s own name', () => {
    expect(deviceName(lock({ display_name: 'Front door', nickname: 'Nick' }, { name: 'P' }))).toBe(
      'Front door',
    )
    expect(deviceName(lock({ nickname: 'Nick' }, { name: 'P' }))).toBe('Nick')
    expect(deviceName(lock({ display_name: '  ' }, { name: 'Porch' }))).toBe('Porch')
  })

  it('falls back to the id, and a lock that is not loaded to a short id', () => {
    const bare = lock()
    expect(deviceName(bare)).toBe(bare.device_id)
    expect(lockLabel(bare, bare.device_id)).toBe(bare.device_id)
    expect(lockLabel(undefined, 'ffeeddcc-1234')).toBe('Lock ffeeddcc')
  })
})

describe('where a lock is', () => {
  it('names its property only when Seam knows one', () => {
    expect(locationName(lock({ location: { location_name: ' Beach House ' } }))).toBe('Beach House')
    expect(locationName(lock({ location: { location_name: '' } }))).toBeUndefined()
    expect(locationName(lock({ location: null }))).toBeUndefined()
    expect(locationName(undefined)).toBeUndefined()
  })

  it('uses its own zone, else the viewer’s (the one policy of lib/time/zones)', () => {
    const chicago = lock({ location: { timezone: 'America/Chicago' } })
    expect(deviceTimeZone(chicago, 'Europe/Paris')).toBe('America/Chicago')
    expect(hasOwnTimeZone(chicago)).toBe(true)
    const unknown = lock({ location: { timezone: 'Not/AZone' } })
    expect(deviceTimeZone(unknown, 'Europe/Paris')).toBe('Europe/Paris')
    expect(hasOwnTimeZone(unknown)).toBe(false)
    expect(deviceTimeZone(undefined)).toBe(viewerTimeZone())
  })
})

describe('what a lock is and can do', () => {
  it('summarises property and model, leaving out what it does not report', () => {
    const full: Device = lock(
      { location: { location_name: 'Beach House' } },
      { manufacturer: 'august', model: { display_name: 'Wi-Fi Smart Lock' } },
    )
    expect(deviceSummary(full)).toBe('Beach House · Wi-Fi Smart Lock')
    expect(deviceSummary(lock({}, { manufacturer: 'yale_home' }))).toBe('Yale Home')
    expect(deviceSummary(lock())).toBe('')
    expect(manufacturerLabel(lock())).toBe('Unknown manufacturer')
  })

  it('says whether it has a backup pool, and when it does not say', () => {
    expect(backupPoolSupport(lock({}, { supports_backup_access_code_pool: true }))).toBe(true)
    expect(backupPoolSupport(lock({}, { supports_backup_access_code_pool: false }))).toBe(false)
    expect(backupPoolSupport(lock())).toBeUndefined()
    expect(backupPoolSupport(undefined)).toBeUndefined()
  })
})

describe('nameWithLocation', () => {
  it('adds the property after a dash, and leaves a lock without one as its name', () => {
    expect(nameWithLocation('Front Door', 'Harborview')).toBe('Front Door — Harborview')
    expect(nameWithLocation('Front Door', undefined)).toBe('Front Door')
  })
})

describe('lockChoice', () => {
  it('offers a lock by id, name and trimmed property, and no property when it has none', () => {
    const front = lock({ display_name: 'Front', location: { location_name: ' Harborview ' } })
    expect(lockChoice(front)).toEqual({
      deviceId: front.device_id,
      name: 'Front',
      location: 'Harborview',
    })
    expect(lockChoice(lock({ display_name: 'Back' })).location).toBeUndefined()
  })
})
