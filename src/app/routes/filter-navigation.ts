/**
 * What a page's filter change does to its URL: the patch is merged into the search, and typing a
 * date (`from` / `to`) replaces the history entry rather than adding one per keystroke.
 * Pass the result to the route's `navigate`.
 */
export function filterNavigation<Search extends object>(patch: Partial<Search>) {
  return {
    search: (prev: Search): Search => ({ ...prev, ...patch }),
    replace: 'from' in patch || 'to' in patch,
  }
}
