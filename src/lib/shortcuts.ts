/**
 * Doorman's keyboard shortcuts: one list for the handler (src/app/keyboard-shortcuts.tsx), the
 * "Keyboard shortcuts" dialog and the tooltips of the controls they trigger.
 */
export const SHORTCUTS = {
  search: { keys: ['/'], label: 'Focus the search box' },
  devices: { keys: ['g', 'd'], label: 'Go to devices' },
  codes: { keys: ['g', 'c'], label: 'Go to access codes' },
  properties: { keys: ['g', 'p'], label: 'Go to properties' },
  triage: { keys: ['g', 't'], label: 'Go to triage' },
  events: { keys: ['g', 'e'], label: 'Go to events' },
  newCode: { keys: ['n'], label: 'New access code' },
  help: { keys: ['?'], label: 'Show keyboard shortcuts' },
} as const satisfies Record<string, { keys: readonly string[]; label: string }>

export type ShortcutId = keyof typeof SHORTCUTS

/** "g d": how a shortcut is written in tooltips. */
export function shortcutText(id: ShortcutId): string {
  return SHORTCUTS[id].keys.join(' ')
}

/** A tooltip such as "Devices (g d)". */
export function withShortcut(label: string, id: ShortcutId): string {
  return `${label} (${shortcutText(id)})`
}
