import { lazy, Suspense, useEffect, useState } from 'react'
import { useNavigate } from '@tanstack/react-router'
import { useCan } from '@/api/doorman-info'
import { createKeySequenceMatcher, isShortcutCandidate } from '@/lib/key-sequence'
import { SHORTCUTS } from '@/lib/shortcuts'

// Only people who press `?` pay for the dialog.
const KeyboardShortcutsDialog = lazy(() => import('./keyboard-shortcuts-dialog'))

const pages = {
  devices: '/devices',
  codes: '/access-codes',
  properties: '/properties',
  triage: '/triage',
  events: '/events',
} as const

/** A dialog or the actions menu has the user's attention: shortcuts stay quiet. */
function somethingModalIsOpen() {
  return document.querySelector('dialog[open], [role="dialog"], [role="menu"]') !== null
}

/**
 * Listens for Doorman's keyboard shortcuts (src/lib/shortcuts.ts) anywhere in the app and
 * renders the "Keyboard shortcuts" dialog. Mounted once, in the app shell.
 */
export function KeyboardShortcuts() {
  const navigate = useNavigate()
  const canCreateCodes = useCan('codes.write')
  const [helpOpen, setHelpOpen] = useState(false)
  const [matcher] = useState(() => createKeySequenceMatcher(SHORTCUTS))

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || !isShortcutCandidate(event)) return
      if (somethingModalIsOpen()) {
        matcher.reset()
        return
      }
      const id = matcher.press(event.key, event.timeStamp)
      if (id === null) return
      if (id === 'search') {
        // The page's table toolbar search; a page without one ignores `/`.
        const search = document.querySelector<HTMLInputElement>(
          'main [role="search"] input[type="search"]',
        )
        if (!search) return
        event.preventDefault()
        search.focus()
      } else if (id === 'help') {
        event.preventDefault()
        setHelpOpen(true)
      } else if (id === 'newCode') {
        if (!canCreateCodes) return
        event.preventDefault()
        // The page's own "New access code" link knows its context (e.g. the lock it shows).
        const link = document.querySelector<HTMLAnchorElement>('main a[aria-keyshortcuts="n"]')
        if (link) link.click()
        else void navigate({ to: '/access-codes/new', search: { from: 'codes' } })
      } else {
        event.preventDefault()
        void navigate({ to: pages[id] })
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [navigate, canCreateCodes, matcher])

  return helpOpen ? (
    <Suspense fallback={null}>
      <KeyboardShortcutsDialog onClose={() => setHelpOpen(false)} canCreateCodes={canCreateCodes} />
    </Suspense>
  ) : null
}
