/**
 * Arrow keys move between bars: left/right along a lane, up/down to the nearest bar (by start) in
 * the next lane that has one. Bars carry `data-lane` and `data-start`; the container carries
 * `data-lanes`. Returns whether focus moved.
 */
export function moveFocus(container: HTMLElement, from: HTMLElement, key: string): boolean {
  const lane = Number(from.dataset['lane'])
  const start = Number(from.dataset['start'])
  const inLane = (l: number) =>
    [...container.querySelectorAll<HTMLElement>(`[data-lane="${l}"]`)].sort(
      (a, b) => Number(a.dataset['start']) - Number(b.dataset['start']),
    )
  let target: HTMLElement | undefined
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const list = inLane(lane)
    const i = list.indexOf(from)
    target = list[i + (key === 'ArrowRight' ? 1 : -1)]
  } else if (key === 'ArrowDown' || key === 'ArrowUp') {
    const step = key === 'ArrowDown' ? 1 : -1
    const lanes = Number(container.dataset['lanes'])
    for (let l = lane + step; l >= 0 && l < lanes && !target; l += step) {
      target = inLane(l).reduce<HTMLElement | undefined>(
        (best, el) =>
          !best ||
          Math.abs(Number(el.dataset['start']) - start) <
            Math.abs(Number(best.dataset['start']) - start)
            ? el
            : best,
        undefined,
      )
    }
  }
  if (!target) return false
  target.focus()
  return true
}
