import type { Device } from '@/api/schemas/device'
import { describeIssue, type IssueDescription } from '@/lib/catalogue/error-catalogue'

/** The key manufacturer facets group by ('unknown' when missing). */
export function manufacturerKey(device: Device): string {
  return device.properties.manufacturer || 'unknown'
}

export type LockState = 'locked' | 'unlocked' | 'unknown'
export function lockState(device: Device): LockState {
  const locked = device.properties.locked
  return locked === true ? 'locked' : locked === false ? 'unlocked' : 'unknown'
}

export type DeviceIssue = IssueDescription & { message: string; createdAt: string | undefined }

/** Errors first, then warnings, each explained in plain language by the shared catalogue. */
export function deviceIssues(device: Device): DeviceIssue[] {
  return [
    ...device.errors.map((e) => ({
      ...describeIssue('error', e.error_code, e.message),
      message: e.message,
      createdAt: e.created_at,
    })),
    ...device.warnings.map((w) => ({
      ...describeIssue('warning', w.warning_code, w.message),
      message: w.message,
      createdAt: w.created_at,
    })),
  ]
}

/** Facet value for "has errors or warnings". */
export type IssueFacet = 'errors' | 'warnings' | 'none'
export function issueFacet(device: Device): IssueFacet {
  return device.errors.length > 0 ? 'errors' : device.warnings.length > 0 ? 'warnings' : 'none'
}

/** Sort key: any error outranks any number of warnings. */
export function issueWeight(device: Device): number {
  return device.errors.length * 1000 + device.warnings.length
}
