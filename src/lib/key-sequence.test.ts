import { describe, expect, it } from 'vitest'
import {
  createKeySequenceMatcher,
  hasCommandModifier,
  isShortcutCandidate,
  isTypingTarget,
  type KeyPress,
} from './key-sequence'

const sequences = {
  devices: { keys: ['g', 'd'] },
  codes: { keys: ['g', 'c'] },
  newCode: { keys: ['n'] },
  help: { keys: ['?'] },
} as const

describe('createKeySequenceMatcher', () => {
  it('answers a single-key shortcut at once', () => {
    const matcher = createKeySequenceMatcher(sequences)
    expect(matcher.press('n', 0)).toBe('newCode')
    expect(matcher.press('?', 10)).toBe('help')
  })

  it('answers "g then d" when d comes within a second', () => {
    const matcher = createKeySequenceMatcher(sequences)
    expect(matcher.press('g', 0)).toBeNull()
    expect(matcher.isPending(500)).toBe(true)
    expect(matcher.press('d', 1000)).toBe('devices')
    expect(matcher.isPending(1000)).toBe(false)
  })

  it('forgets the "g" after a second', () => {
    const matcher = createKeySequenceMatcher(sequences)
    matcher.press('g', 0)
    expect(matcher.isPending(1001)).toBe(false)
    expect(matcher.press('d', 1001)).toBeNull()
    // …and a late "c" does not complete anything either.
    matcher.press('g', 2000)
    expect(matcher.press('c', 3500)).toBeNull()
  })

  it('a sequence needs its keys in order, and a lone second key does nothing', () => {
    const matcher = createKeySequenceMatcher(sequences)
    expect(matcher.press('d', 0)).toBeNull()
    expect(matcher.press('g', 10)).toBeNull()
    expect(matcher.press('c', 20)).toBe('codes')
  })

  it('a key that breaks a sequence is tried on its own', () => {
    const matcher = createKeySequenceMatcher(sequences)
    matcher.press('g', 0)
    expect(matcher.press('n', 100)).toBe('newCode')
    matcher.press('g', 200)
    expect(matcher.press('x', 300)).toBeNull()
    expect(matcher.press('d', 400)).toBeNull()
    // "g g d": the second g starts over.
    matcher.press('g', 500)
    matcher.press('g', 600)
    expect(matcher.press('d', 700)).toBe('devices')
  })

  it('reset drops a half-typed sequence', () => {
    const matcher = createKeySequenceMatcher(sequences)
    matcher.press('g', 0)
    matcher.reset()
    expect(matcher.press('d', 100)).toBeNull()
  })
})

const press = (target: EventTarget | null, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: 'g',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
})

describe('guards', () => {
  it('typing in an input, textarea, select or contenteditable is not a shortcut', () => {
    document.body.innerHTML = `
      <input id="input" type="search" /><textarea id="textarea"></textarea>
      <select id="select"><option>a</option></select>
      <div contenteditable="true"><span id="editable">x</span></div>
      <div contenteditable="false" id="not-editable"></div>
      <button id="button">ok</button>`
    for (const id of ['input', 'textarea', 'select', 'editable']) {
      const element = document.getElementById(id)
      expect(isTypingTarget(element), id).toBe(true)
      expect(isShortcutCandidate(press(element)), id).toBe(false)
    }
    for (const id of ['button', 'not-editable']) {
      expect(isShortcutCandidate(press(document.getElementById(id))), id).toBe(true)
    }
    expect(isShortcutCandidate(press(document.body))).toBe(true)
    expect(isShortcutCandidate(press(document))).toBe(true)
    expect(isShortcutCandidate(press(null))).toBe(true)
  })

  it('Ctrl, Meta and Alt turn a key into something else; Shift does not', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      expect(hasCommandModifier(press(document.body, { [mod]: true })), mod).toBe(true)
      expect(isShortcutCandidate(press(document.body, { [mod]: true })), mod).toBe(false)
    }
    expect(isShortcutCandidate({ ...press(document.body), key: '?' })).toBe(true)
  })
})
