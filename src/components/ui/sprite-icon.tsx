import { useSyncExternalStore } from 'react'
import type { LucideIcon } from 'lucide-react'

/*
 * Icons for places built in bulk, such as rows of a 10,000-row table, which are built anew on
 * every scroll step. A lucide icon is an <svg> with a dozen attributes plus its shapes, built by
 * JS each time; a sprite icon is an <svg><use> pointing at one shared <symbol>, drawn once per
 * page by <IconSprite /> (mounted once, in the app shell).
 */

const ids = new Map<LucideIcon, string>()
const listeners = new Set<() => void>()
let version = 0

function idFor(icon: LucideIcon): string {
  let id = ids.get(icon)
  if (id === undefined) {
    id = `sprite-icon-${ids.size}`
    ids.set(icon, id)
    version += 1
    // Not during render: the sprite re-renders with the new symbol right after.
    queueMicrotask(() => listeners.forEach((notify) => notify()))
  }
  return id
}

const subscribe = (onChange: () => void) => {
  listeners.add(onChange)
  return () => listeners.delete(onChange)
}

/** A decorative lucide icon drawn from the page's sprite. */
export function SpriteIcon({ icon, className }: { icon: LucideIcon; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className={className}>
      <use href={`#${idFor(icon)}`} />
    </svg>
  )
}

/** The <symbol>s every SpriteIcon on the page points at. */
export function IconSprite() {
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  )
  return (
    <svg aria-hidden="true" width="0" height="0" className="absolute">
      {[...ids].map(([Icon, id]) => (
        <symbol key={id} id={id} viewBox="0 0 24 24">
          <Icon />
        </symbol>
      ))}
    </svg>
  )
}
