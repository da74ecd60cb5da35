import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ERROR_CATALOGUE, SEVERITIES, WARNING_CATALOGUE, describeIssue } from './error-catalogue'
import { EVENT_CATALOGUE, describeEventType } from './event-catalogue'

// Read the codes straight from the seed page, so the catalogue cannot drift from it.
// The seeds live beside the repository (/work/shared/seeds next to /work/main).
function readSeed002(): string {
  const dir = process.env['DOORMAN_SEEDS_DIR'] ?? join(process.cwd(), '..', 'shared', 'seeds')
  const file = readdirSync(dir).find((f) => f.startsWith('002_'))
  if (!file) throw new Error(`seed 002 not found in ${dir}`)
  return readFileSync(join(dir, file), 'utf8')
}

const seed = readSeed002()
function section(title: string): string {
  const start = seed.indexOf(`## ${title}`)
  if (start < 0) throw new Error(`section ${title} not found in seed 002`)
  const next = seed.indexOf('\n## ', start + 1)
  return seed.slice(start, next < 0 ? undefined : next)
}
const tableCodes = (text: string) =>
  [...text.matchAll(/<tr><td><strong><code>([a-z0-9_.]+)<\/code><\/strong><\/td>/g)].map(
    (m) => m[1]!,
  )

const seedErrors = tableCodes(section('Errors'))
const seedWarnings = tableCodes(section('Warnings'))
const seedEvents = tableCodes(section('Events'))

describe('seed 002 parsing', () => {
  it('finds the catalogue tables', () => {
    expect(seedErrors.length).toBeGreaterThanOrEqual(35)
    expect(seedWarnings.length).toBeGreaterThanOrEqual(10)
    expect(seedEvents.length).toBeGreaterThanOrEqual(15)
    expect(seedErrors).toContain('failed_to_set_on_device')
    expect(seedWarnings).toContain('delay_in_setting_on_device')
    expect(seedEvents).toContain('access_code.set_on_device')
  })
})

describe('error catalogue', () => {
  it.each(seedErrors)('explains the error %s', (code) => {
    expect(Object.hasOwn(ERROR_CATALOGUE, code)).toBe(true)
    const d = describeIssue('error', code)
    expect(d.known).toBe(true)
    expect(d.title.length).toBeGreaterThan(3)
    expect(d.explanation.length).toBeGreaterThan(20)
    expect(d.action.length).toBeGreaterThan(10)
    expect(SEVERITIES).toContain(d.severity)
  })

  it.each(seedWarnings)('explains the warning %s', (code) => {
    expect(Object.hasOwn(WARNING_CATALOGUE, code)).toBe(true)
    const d = describeIssue('warning', code)
    expect(d.known).toBe(true)
    expect(d.explanation.length).toBeGreaterThan(20)
    expect(d.action.length).toBeGreaterThan(10)
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
  it.each(seedEvents)('describes the event %s', (type) => {
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
