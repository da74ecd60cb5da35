import type { Permission } from '../permissions'

/**
 * Every table that can be exported, with its name in words (the audit log says "exported 12
 * rows of access codes") and what the role must allow to export it. The server checks the same
 * list, so an export can only ever name one of these.
 */
export const EXPORT_TABLES = {
  devices: { label: 'devices', permission: 'codes.read' },
  access_codes: { label: 'access codes', permission: 'codes.read' },
  device_access_codes: { label: "a lock's access codes", permission: 'codes.read' },
  triage: { label: 'triage issues', permission: 'codes.read' },
  events: { label: 'events', permission: 'codes.read' },
  unmanaged_codes: { label: 'unmanaged codes', permission: 'codes.read' },
  audit_log: { label: 'the audit log', permission: 'audit.read' },
} as const satisfies Record<string, { label: string; permission: Permission }>

export type ExportTable = keyof typeof EXPORT_TABLES
export const EXPORT_TABLE_IDS = Object.keys(EXPORT_TABLES) as [ExportTable, ...ExportTable[]]

/** Most ids one export may ask PINs for: the largest table Doorman shows (the large seed). */
export const MAX_PIN_EXPORT = 20_000
