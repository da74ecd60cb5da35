import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
} from 'react'
import type { AccessCodeRow } from '../../lib/access-code-rows'

/**
 * The selected codes, by id, kept outside the rows: the table recycles rows and their cells, so
 * a checkbox only shows what this says about the row it is in now.
 */
export type CodeSelection = {
  selected: ReadonlySet<string>
  /** The rows the filters show now, in the table's order. */
  shownIds: readonly string[]
  /** `range`: shift-click, from the last clicked row to this one. */
  toggle: (id: string, checked: boolean, range: boolean) => void
  selectAllShown: () => void
  clear: () => void
  /** Replaces the selection (e.g. the failed rows after a bulk action). */
  replace: (ids: Iterable<string>) => void
  /** Names each checkbox: "Select Dog walker", and on the workspace "… on Front door". */
  withLock: boolean
}

const SelectionContext = createContext<CodeSelection | null>(null)
export const CodeSelectionProvider = SelectionContext.Provider

function useSelection(): CodeSelection {
  const selection = useContext(SelectionContext)
  if (!selection) throw new Error('useSelection must be used inside an access-codes table')
  return selection
}

/**
 * Selection state for the access-codes table. Ids of codes that left the table (deleted, or
 * another lock's) drop out, so counts and actions only ever cover rows that exist.
 */
export function useCodeSelection(
  allIds: readonly string[],
  shownIds: readonly string[],
  withLock: boolean,
): CodeSelection {
  const [raw, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const anchor = useRef<string | null>(null)
  const shownRef = useRef(shownIds)
  useEffect(() => {
    shownRef.current = shownIds
  }, [shownIds])

  // Ids of codes no longer in the table are left out (the state may keep them; nothing reads it).
  const present = useMemo(() => {
    const ids = new Set(allIds)
    const kept = [...raw].filter((id) => ids.has(id))
    return kept.length === raw.size ? raw : new Set(kept)
  }, [allIds, raw])

  const toggle = useCallback((id: string, checked: boolean, range: boolean) => {
    const order = shownRef.current
    const from = range && anchor.current ? order.indexOf(anchor.current) : -1
    const to = order.indexOf(id)
    const ids =
      from >= 0 && to >= 0 ? order.slice(Math.min(from, to), Math.max(from, to) + 1) : [id]
    anchor.current = id
    setSelected((current) => {
      const next = new Set(current)
      for (const each of ids) {
        if (checked) next.add(each)
        else next.delete(each)
      }
      return next
    })
  }, [])

  return useMemo(
    () => ({
      selected: present,
      shownIds,
      toggle,
      selectAllShown: () => setSelected(new Set(shownIds)),
      clear: () => {
        anchor.current = null
        setSelected(new Set())
      },
      replace: (ids) => setSelected(new Set(ids)),
      withLock,
    }),
    [present, shownIds, toggle, withLock],
  )
}

const isRangeClick = (event: ChangeEvent<HTMLInputElement>) => {
  const native = event.nativeEvent as Partial<MouseEvent>
  return native.shiftKey === true
}

const checkboxClass = 'size-4 cursor-pointer accent-brand-600'

/** One row's checkbox, named after the code (and its lock on the workspace page). */
export function SelectCell({ row }: { row: AccessCodeRow }) {
  const { selected, toggle, withLock } = useSelection()
  const id = row.code.access_code_id
  return (
    <input
      type="checkbox"
      className={checkboxClass}
      checked={selected.has(id)}
      aria-label={withLock ? `Select ${row.name} on ${row.deviceName}` : `Select ${row.name}`}
      onChange={(event) => toggle(id, event.target.checked, isRangeClick(event))}
    />
  )
}

/** The header checkbox: every row the filters show, or none; mixed when some are selected. */
export function SelectAllCheckbox() {
  const { selected, shownIds, selectAllShown, clear } = useSelection()
  const shown = shownIds
  const chosen = shown.filter((id) => selected.has(id)).length
  const all = shown.length > 0 && chosen === shown.length
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = chosen > 0 && !all
  }, [chosen, all])
  return (
    <input
      ref={ref}
      type="checkbox"
      className={checkboxClass}
      checked={all}
      disabled={shown.length === 0}
      aria-label={`Select all ${shown.length} codes that match the filters`}
      onChange={() => (all ? clear() : selectAllShown())}
    />
  )
}
