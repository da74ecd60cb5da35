/** Joins class names, skipping falsy ones (no intermediate array: it runs for every table cell). */
export function cn(...classes: Array<string | false | null | undefined>): string {
  let out = ''
  for (const c of classes) if (c) out = out ? `${out} ${c}` : c
  return out
}
