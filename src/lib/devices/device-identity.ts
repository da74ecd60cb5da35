import type { Device } from '@/api/schemas/device'
import { isValidTimeZone, lockTimeZone } from '@/lib/time/zones'

/**
 * How Doorman names and places a lock, for every feature alike: its name, its property
 * (Seam's `location.location_name`), its time zone and what it can do.
 */

/** The name people know the lock by; its id when it has none, so a label is never blank. */
export function deviceName(device: Device): string {
  return (
    device.display_name?.trim() ||
    device.nickname?.trim() ||
    device.properties.name?.trim() ||
    device.device_id
  )
}

/**
 * The name of a lock that may not be loaded (a code or event can name a lock the device list has
 * not returned): its name when known, else a short form of its id.
 */
export function lockLabel(device: Device | undefined, deviceId: string): string {
  return device ? deviceName(device) : `Lock ${deviceId.slice(0, 8)}`
}

/** The property the lock is at, or undefined when Seam does not know it. */
export function locationName(device: Device | undefined): string | undefined {
  return device?.location?.location_name?.trim() || undefined
}

/** A lock as lists of locks offer it: its id, its name and its property. */
export type LockChoice = { deviceId: string; name: string; location?: string | undefined }

/** The {@link LockChoice} of a loaded lock, for the pages that hand plain lock lists to features. */
export function lockChoice(device: Device): LockChoice {
  return { deviceId: device.device_id, name: deviceName(device), location: locationName(device) }
}

/**
 * "Front Door — Harborview": a lock's name with its property, as every list of locks to pick
 * from labels it (event, triage and audit filters); the name alone when it has no property.
 */
export function nameWithLocation(name: string, location: string | undefined): string {
  return location ? `${name} — ${location}` : name
}

/** Whether the lock reports a time zone the runtime knows. */
export function hasOwnTimeZone(device: Device | undefined): boolean {
  return isValidTimeZone(device?.location?.timezone)
}

/** The zone the lock's times are shown and entered in (the viewer's when it has none). */
export function deviceTimeZone(device: Device | undefined, viewerZone?: string): string {
  return lockTimeZone(device?.location?.timezone, viewerZone)
}

const titleCase = (value: string) =>
  value
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ')

/** "August", "Yale"…; "Unknown manufacturer" when the lock does not say. */
export function manufacturerLabel(device: Device): string {
  const p = device.properties
  return (
    p.model?.manufacturer_display_name ||
    (p.manufacturer ? titleCase(p.manufacturer) : '') ||
    'Unknown manufacturer'
  )
}

/** The model's name, when the lock reports one. */
export function modelLabel(device: Device): string | undefined {
  return device.properties.model?.display_name || undefined
}

/** "Beach House · August Wi-Fi Smart Lock": where it is and what it is, for pickers. */
export function deviceSummary(device: Device): string {
  const maker = device.properties.manufacturer ? manufacturerLabel(device) : undefined
  return [locationName(device), modelLabel(device) ?? maker].filter(Boolean).join(' · ')
}

/**
 * Whether the lock has a backup code pool: true or false when it says, undefined when it does
 * not (Seam leaves the property out for locks that never had one).
 */
export function backupPoolSupport(
  device: Pick<Device, 'properties'> | undefined,
): boolean | undefined {
  return device?.properties.supports_backup_access_code_pool
}
