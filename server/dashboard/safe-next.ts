const MAX_NEXT_LENGTH = 2048

/**
 * The path to return to after signing in, or `/` when `next` could lead anywhere but a page of
 * ours. Browsers read `/\evil`, `/\tevil` (tabs and newlines are stripped) and `//evil` as other
 * hosts, so only one leading `/`, followed by neither `/` nor `\`, with no control characters and
 * no backslash anywhere, is kept.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > MAX_NEXT_LENGTH) return '/'
  if (!next.startsWith('/')) return '/'
  if (next[1] === '/' || next.includes('\\')) return '/'
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  if (/[\u0000-\u001f\u007f]/.test(next)) return '/'
  return next
}
