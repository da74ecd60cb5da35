import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import type { AccessCodeRow } from '../lib/access-code-rows'

export type AccessCodeRowActions = {
  onDelete: (row: AccessCodeRow) => void
  onPullBackup: (row: AccessCodeRow) => void
  /** Where the edit page returns to after saving. */
  editReturnsTo: 'codes' | 'device'
  /** Why the signed-in role may not do each thing (shown on the control), or null when it may. */
  denied: { write: string | null; reveal: string | null; pullBackup: string | null }
}

const ActionsContext = createContext<AccessCodeRowActions | null>(null)
const NowContext = createContext<number>(Date.now())

export const AccessCodeActionsProvider = ActionsContext.Provider

export function useRowActions(): AccessCodeRowActions {
  const actions = useContext(ActionsContext)
  if (!actions) throw new Error('useRowActions must be used inside an access-codes table')
  return actions
}

/**
 * The current time for relative schedule text ("starts in 3 h"), refreshed every 30 s. Only the
 * cells that read it re-render; the table and its rows do not.
 */
export function NowProvider({ children }: { children: ReactNode }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 30_000)
    return () => window.clearInterval(id)
  }, [])
  return <NowContext.Provider value={now}>{children}</NowContext.Provider>
}

export const useNow = () => useContext(NowContext)

const NarrowContext = createContext(false)

/** True on a phone-width screen, where the status column is scrolled off to the side. */
export const NarrowProvider = NarrowContext.Provider
export const useNarrow = () => useContext(NarrowContext)
