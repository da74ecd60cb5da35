import { describe, expect, it } from 'vitest'
import { nextAuditCursor, type AuditEntry } from '../api/list-audit-entries'
import { actionLabel, resultBadge } from './audit-actions'

describe('actionLabel', () => {
  it('words known actions, and which way an enable/disable went', () => {
    expect(actionLabel('access_code.update')).toBe('Code changed')
    expect(actionLabel('user.set_disabled', { email: 'a', disabled: true })).toBe(
      'Account disabled',
    )
    expect(actionLabel('user.set_disabled', { email: 'a', disabled: false })).toBe(
      'Account enabled',
    )
    expect(actionLabel('something.new')).toBe('something.new')
  })

  it('says what an export was: how many rows of which table, and whether with PINs', () => {
    expect(actionLabel('export.csv', { table: 'devices', rows: 25, pins: false })).toBe(
      'Exported 25 rows of devices',
    )
    expect(actionLabel('export.csv', { table: 'access_codes', rows: 3, pins: true })).toBe(
      'Exported 3 rows of access codes with PINs',
    )
  })
})

describe('resultBadge', () => {
  it('gives every result text, not only a colour', () => {
    expect(resultBadge('ok')).toMatchObject({ tone: 'success', text: 'OK' })
    expect(resultBadge('forbidden')).toMatchObject({ tone: 'danger', text: 'Forbidden' })
    expect(resultBadge('access_code_not_found')).toMatchObject({
      tone: 'warning',
      text: 'access_code_not_found',
      title: 'Failed: access_code_not_found',
    })
  })
})

describe('nextAuditCursor', () => {
  const entry = (id: string) => ({ id }) as AuditEntry
  it('pages back from the oldest entry of a full page, and stops after a short one', () => {
    expect(nextAuditCursor([entry('9'), entry('8')], 2)).toBe('8')
    expect(nextAuditCursor([entry('9')], 2)).toBeUndefined()
    expect(nextAuditCursor([], 2)).toBeUndefined()
  })
})
