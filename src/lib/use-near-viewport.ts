import { startTransition, useEffect, useState, type RefObject } from 'react'

/**
 * Whether `ref`'s element is within `margin` (a CSS length) above or below the viewport. Always
 * true where IntersectionObserver is missing (jsdom). With `once` it stays true after the first
 * time. The change renders as a transition: React draws what just came near in slices of a few
 * milliseconds, so a page full of lanes or a long table does not become one long task.
 */
export function useNearViewport(
  ref: RefObject<HTMLElement | null>,
  { margin = '800px', once = false }: { margin?: string; once?: boolean } = {},
): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const el = ref.current
    if (!el || typeof IntersectionObserver === 'undefined') return
    const io = new IntersectionObserver(
      (entries) => {
        const isNear = entries.some((e) => e.isIntersecting)
        startTransition(() => setNear(isNear))
        if (isNear && once) io.disconnect()
      },
      { rootMargin: `${margin} 0px` },
    )
    io.observe(el)
    return () => io.disconnect()
  }, [ref, margin, once])
  return near
}
