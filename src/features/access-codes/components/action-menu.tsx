import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { createPortal } from 'react-dom'
import { MoreHorizontal } from 'lucide-react'
import { cn } from '@/lib/cn'
import { SpriteIcon } from '@/components/ui/sprite-icon'

export type ActionMenuItem = {
  id: string
  label: string
  icon?: ReactNode
  /** Shown under the label and announced; the item is disabled when set. */
  disabledReason?: string | null
  danger?: boolean
  onSelect: () => void
}

const MENU_WIDTH = 272

/**
 * A menu button (WAI-ARIA menu pattern): Enter, Space or ArrowDown opens it on the first item,
 * ArrowUp on the last; arrows, Home and End move; Escape closes and returns focus; Tab closes.
 * Disabled items stay focusable and say why they are disabled. The menu is portalled with fixed
 * positioning so the table's scroll container never clips it.
 */
export function ActionMenu({ label, items }: { label: string; items: ActionMenuItem[] }) {
  const buttonId = useId()
  const menuId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState<false | 'first' | 'last'>(false)
  const [position, setPosition] = useState<{ top?: number; bottom?: number; left: number }>({
    left: 0,
  })

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }, [])

  /** Puts the menu by its button (below it, or above when there is no room); false if the
   * button is out of sight. */
  const place = useCallback((): boolean => {
    const rect = buttonRef.current?.getBoundingClientRect()
    if (!rect || rect.bottom < 0 || rect.top > window.innerHeight) return false
    const left = Math.max(8, Math.min(rect.right - MENU_WIDTH, window.innerWidth - MENU_WIDTH - 8))
    const roomBelow = window.innerHeight - rect.bottom
    setPosition(
      roomBelow < 240 && rect.top > roomBelow
        ? { bottom: window.innerHeight - rect.top + 4, left }
        : { top: rect.bottom + 4, left },
    )
    return true
  }, [])

  const openMenu = (focus: 'first' | 'last') => {
    place()
    setOpen(focus)
  }

  const menuItems = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])

  useLayoutEffect(() => {
    if (!open) return
    const all = menuItems()
    ;(open === 'first' ? all[0] : all[all.length - 1])?.focus()
  }, [open])

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false)
    }
    // The button moves when the page or the table scrolls, and on a page still loading the
    // browser scrolls by itself (scroll anchoring as panels above grow): follow the button, and
    // close only once it is out of sight. Closing on any scroll shut the menu a moment after a
    // first click on a fresh page.
    const onScroll = (event: Event) => {
      if (!menuRef.current?.contains(event.target as Node) && !place()) close(false)
    }
    const onResize = () => close(false)
    document.addEventListener('pointerdown', onPointerDown)
    window.addEventListener('scroll', onScroll, true)
    window.addEventListener('resize', onResize)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      window.removeEventListener('scroll', onScroll, true)
      window.removeEventListener('resize', onResize)
    }
  }, [open, close, place])

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = menuItems()
    const index = all.indexOf(document.activeElement as HTMLElement)
    const move = (to: number) => {
      event.preventDefault()
      all[(to + all.length) % all.length]?.focus()
    }
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1)
      case 'ArrowUp':
        return move(index - 1)
      case 'Home':
        return move(0)
      case 'End':
        return move(all.length - 1)
      case 'Escape':
        event.preventDefault()
        return close(true)
      case 'Tab':
        return close(false)
    }
  }

  const select = (item: ActionMenuItem) => {
    if (item.disabledReason) return
    // Focus goes back to the button first, so a dialog opened by the item returns focus there.
    close(true)
    item.onSelect()
  }

  return (
    <>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            openMenu('first')
          } else if (event.key === 'ArrowUp') {
            event.preventDefault()
            openMenu('last')
          }
        }}
        className="inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 aria-expanded:bg-slate-100"
      >
        <SpriteIcon icon={MoreHorizontal} className="size-4" />
      </button>
      {open
        ? createPortal(
            <div
              ref={menuRef}
              id={menuId}
              role="menu"
              aria-labelledby={buttonId}
              tabIndex={-1}
              onKeyDown={onMenuKeyDown}
              style={{ position: 'fixed', width: MENU_WIDTH, ...position }}
              className="z-40 rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg"
            >
              {items.map((item) => {
                const disabled = Boolean(item.disabledReason)
                const reasonId = `${menuId}-${item.id}-reason`
                return (
                  <div
                    key={item.id}
                    role="menuitem"
                    tabIndex={-1}
                    aria-disabled={disabled || undefined}
                    aria-describedby={disabled ? reasonId : undefined}
                    onClick={() => select(item)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault()
                        select(item)
                      }
                    }}
                    className={cn(
                      'flex cursor-pointer items-start gap-2 rounded-md px-2.5 py-2 outline-none focus-visible:bg-slate-100 focus-visible:ring-2 focus-visible:ring-brand-600',
                      disabled
                        ? 'cursor-not-allowed text-slate-400'
                        : item.danger
                          ? 'text-red-700 hover:bg-red-50'
                          : 'text-slate-800 hover:bg-slate-100',
                    )}
                  >
                    <span className="mt-0.5 shrink-0">{item.icon}</span>
                    <span className="min-w-0">
                      <span className="block font-medium">{item.label}</span>
                      {disabled ? (
                        <span id={reasonId} className="block text-xs text-slate-600">
                          {item.disabledReason}
                        </span>
                      ) : null}
                    </span>
                  </div>
                )
              })}
            </div>,
            document.body,
          )
        : null}
    </>
  )
}
