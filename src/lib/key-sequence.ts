/**
 * Pure pieces of the keyboard shortcuts: which key presses count, and a matcher for
 * single keys and sequences ("g" then "d" within a second). No DOM listeners here, so the
 * timing and the guards are unit-tested without a browser.
 */

/** What the guards read from a keydown event. */
export type KeyPress = {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: EventTarget | null
}

const TYPING_SELECTOR = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])'

/** True when the key goes into a field the user is typing in (or a control inside one). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const element = target as HTMLElement
  return element.isContentEditable === true || element.closest(TYPING_SELECTOR) !== null
}

/** Shortcuts are bare keys: with Ctrl, Meta or Alt the key belongs to the browser or the OS. */
export function hasCommandModifier(press: KeyPress): boolean {
  return press.ctrlKey || press.metaKey || press.altKey
}

/** A key press a shortcut may act on (Shift is allowed: `?` needs it). */
export function isShortcutCandidate(press: KeyPress): boolean {
  return !hasCommandModifier(press) && !isTypingTarget(press.target)
}

export const SEQUENCE_TIMEOUT_MS = 1000

/**
 * Feeds key presses one at a time and answers the id of the sequence they complete.
 * A sequence's next key must come within `timeoutMs` of the previous one; a key that breaks a
 * sequence is tried again on its own, so "g x n" still answers `n`.
 */
export function createKeySequenceMatcher<Id extends string>(
  sequences: Readonly<Record<Id, { readonly keys: readonly string[] }>>,
  timeoutMs = SEQUENCE_TIMEOUT_MS,
) {
  const entries = (Object.keys(sequences) as Id[]).map((id) => [id, sequences[id].keys] as const)
  let pending: string[] = []
  let lastAt = 0

  const startsWith = (sequence: readonly string[], keys: string[]) =>
    keys.length <= sequence.length && keys.every((key, i) => sequence[i] === key)

  const tryKeys = (keys: string[]): Id | 'prefix' | null => {
    const exact = entries.find(
      ([, sequence]) => sequence.length === keys.length && startsWith(sequence, keys),
    )
    if (exact) return exact[0]
    return entries.some(([, sequence]) => startsWith(sequence, keys)) ? 'prefix' : null
  }

  return {
    /** The key (as `KeyboardEvent.key`) and when it was pressed, in ms. */
    press(key: string, now: number): Id | null {
      const continuing = pending.length > 0 && now - lastAt <= timeoutMs
      const attempts = continuing ? [[...pending, key], [key]] : [[key]]
      lastAt = now
      for (const keys of attempts) {
        const result = tryKeys(keys)
        if (result === 'prefix') {
          pending = keys
          return null
        }
        if (result !== null) {
          pending = []
          return result
        }
      }
      pending = []
      return null
    },
    /** True while the first keys of a sequence wait for the rest. */
    isPending(now: number): boolean {
      return pending.length > 0 && now - lastAt <= timeoutMs
    },
    reset() {
      pending = []
    },
  }
}
