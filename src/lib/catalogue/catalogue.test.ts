import { describe, expect, it } from 'vitest'
import { ERROR_CATALOGUE, SEVERITIES, WARNING_CATALOGUE, describeIssue } from './error-catalogue'
import { EVENT_CATALOGUE, describeEventType } from './event-catalogue'
import seamCatalogue from './fixtures/seam-access-code-catalogue.json'

// Every code in Seam's reference ("The access_code Object": its Errors, Warnings and Events
// tables), kept in the repository as a fixture so the catalogue cannot drift from it.
const codes = (rows: readonly { code: string }[]) => rows.map((r) => r.code)
const seamErrors = codes(seamCatalogue.errors)
const seamWarnings = codes(seamCatalogue.warnings)
const seamEvents = codes(seamCatalogue.events)

describe("Seam's catalogue fixture", () => {
  it('holds every table of the reference page, each code once, each with its description', () => {
    expect(seamErrors).toHaveLength(39)
    expect(seamWarnings).toHaveLength(12)
    expect(seamEvents).toHaveLength(17)
    for (const list of [seamErrors, seamWarnings, seamEvents])
      expect(new Set(list).size).toBe(list.length)
    for (const row of [...seamCatalogue.errors, ...seamCatalogue.warnings, ...seamCatalogue.events])
      expect(row.description.length, row.code).toBeGreaterThan(10)
    expect(seamErrors).toContain('failed_to_set_on_device')
    expect(seamWarnings).toContain('delay_in_setting_on_device')
    expect(seamEvents).toContain('access_code.set_on_device')
    expect(seamEvents.every((t) => t.startsWith('access_code.'))).toBe(true)
  })
})

describe('error catalogue', () => {
  // Errors and warnings alike: a title, an explanation, what to do, and a severity.
  it.each([
    ...seamErrors.map((code) => ['error', code, ERROR_CATALOGUE] as const),
    ...seamWarnings.map((code) => ['warning', code, WARNING_CATALOGUE] as const),
  ])('explains the %s %s', (kind, code, catalogue) => {
    expect(Object.hasOwn(catalogue, code)).toBe(true)
    const d = describeIssue(kind, code)
    expect(d.known).toBe(true)
    expect(d.title.length).toBeGreaterThan(3)
    expect(d.explanation.length).toBeGreaterThan(20)
    expect(d.action.length).toBeGreaterThan(10)
    expect(SEVERITIES).toContain(d.severity)
  })

  it.each([
    ['error', 'device_offline'],
    ['error', 'device_removed'],
    ['error', 'hub_disconnected'],
    ['error', 'device_disconnected'],
    ['error', 'account_disconnected'],
    ['error', 'bridge_disconnected'],
    ['error', 'empty_backup_access_code_pool'],
    ['warning', 'battery_low'],
    ['warning', 'device_low_battery'],
  ] as const)('explains the common device %s %s', (kind, code) => {
    expect(describeIssue(kind, code).known).toBe(true)
  })

  it('errors are more severe than the same code as a warning', () => {
    const a = describeIssue('error', 'code_modified_external_to_seam')
    const b = describeIssue('warning', 'code_modified_external_to_seam')
    expect(SEVERITIES.indexOf(a.severity)).toBeLessThan(SEVERITIES.indexOf(b.severity))
  })

  it('falls back for an unknown code, naming the raw code', () => {
    const d = describeIssue('error', 'brand_new_failure')
    expect(d.known).toBe(false)
    expect(d.code).toBe('brand_new_failure')
    expect(d.title).toBe('Brand new failure')
    expect(d.explanation).toContain('brand_new_failure')
    expect(d.action.length).toBeGreaterThan(10)
  })

  it('uses Seam’s message in the fallback when there is one', () => {
    const d = describeIssue('warning', 'odd_thing', 'The lock said something odd.')
    expect(d.explanation).toContain('The lock said something odd.')
    expect(d.explanation).toContain('odd_thing')
  })

  it('does not treat Object.prototype keys as catalogue entries', () => {
    expect(describeIssue('error', 'constructor').known).toBe(false)
    expect(describeIssue('warning', '__proto__').known).toBe(false)
  })
})

describe('event catalogue', () => {
  it.each(seamEvents)('describes the event %s', (type) => {
    expect(Object.hasOwn(EVENT_CATALOGUE, type)).toBe(true)
    const d = describeEventType(type)
    expect(d.known).toBe(true)
    expect(d.title.length).toBeGreaterThan(3)
    expect(d.description.length).toBeGreaterThan(10)
  })

  it.each([
    'device.connected',
    'device.disconnected',
    'device.low_battery',
    'device.battery_status_changed',
    'device.added',
    'device.removed',
  ])('describes the device event %s', (type) => {
    expect(describeEventType(type).known).toBe(true)
  })

  it('describes an access_code.<issue code> event with the issue text', () => {
    const d = describeEventType('access_code.august_device_programming_delay')
    expect(d.title).toBe('August lock is still receiving the code')
    expect(d.tone).toBe('warning')
    expect(d.description).toMatch(/^August has accepted the code.*\.$/)
  })

  it('falls back for an unknown event type', () => {
    const d = describeEventType('lock.jammed_badly')
    expect(d.known).toBe(false)
    expect(d.title).toBe('Lock: jammed badly')
    expect(d.description).toContain('lock.jammed_badly')
  })
})
